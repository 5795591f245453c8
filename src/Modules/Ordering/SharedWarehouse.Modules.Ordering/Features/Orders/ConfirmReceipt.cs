using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Orders;

/// BuyerId null = the system, for orders shipped longer ago than the auto-confirm period.
public sealed record ConfirmReceipt(Guid? BuyerId, Guid OrderId) : ICommand;

internal sealed class ConfirmReceiptHandler(OrderingDbContext db, IMerchantDirectory merchants, TimeProvider time, IOptions<OrderingOptions> options) : IRequestHandler<ConfirmReceipt, Result>
{
    public async Task<Result> Handle(ConfirmReceipt c, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.SubOrders).ThenInclude(s => s.Lines).Include(o => o.Shipments)
            .FirstOrDefaultAsync(o => o.Id == c.OrderId && (c.BuyerId == null || o.BuyerId == c.BuyerId), ct);
        // A consignment purchase is received when its buyer's order is, never on its own.
        if (order is null || order.IsConsignmentPurchase) return Error.NotFound();
        if (c.BuyerId is null && order.SubOrders.Any(s => s.OpenAfterSales > 0)) return Error.Conflict("售后处理中，暂不自动确认收货");
        var receivedBefore = order.SubOrders.Where(s => s.Status == OrderStatus.Received).Select(s => s.Id).ToHashSet();
        var now = time.GetUtcNow().UtcDateTime;
        var confirmed = order.ConfirmReceived(c.BuyerId, now);
        if (confirmed.IsFailure) return confirmed;
        await SettleConsignmentsAsync(order.SubOrders.Where(s => s.Status == OrderStatus.Received && !receivedBefore.Contains(s.Id)).ToList(), now, ct);
        // Keyed orders (auto-confirmed here) do not count as storefront sales: a merchant could otherwise key in
        // cheap orders to climb the sales sort. Their merchant keyed them in, so there is nobody to tell either.
        if (order.Source == OrderSource.MerchantKeyed) return Result.Success();
        var received = order.SubOrders.Where(s => s.Status == OrderStatus.Received && !receivedBefore.Contains(s.Id)).ToList();
        var shops = await merchants.FindShopsAsync(received.Select(s => s.ShopId).ToList(), ct);
        foreach (var s in received)
        {
            db.Publish(new ProductsSold(Guid.CreateVersion7(), s.Id, s.Lines.Where(l => l.ShippedQuantity > 0)
                .Select(l => new SoldUnits(l.ProductId, l.ShippedQuantity)).ToList()));
            if (shops.TryGetValue(s.ShopId, out var shop))
                db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), shop.OwnerId, "买家已确认收货", "订单 {0} 已确认收货", [s.Number], null));
        }
        return Result.Success();
    }

    /// The purchases of the received sub-orders are received too, each with its settlement (credited later by the job).
    private async Task SettleConsignmentsAsync(IReadOnlyList<SubOrder> received, DateTime now, CancellationToken ct)
    {
        var consigned = received.Where(s => s.Lines.Any(l => l.IsConsigned)).ToDictionary(s => s.Id);
        if (consigned.Count == 0) return;
        var purchases = await Consignment.ConsignmentPurchases.PurchasesOfAsync(db, consigned.Keys, ct);
        var ids = purchases.Select(p => p.Id).ToList();
        var settled = await db.ConsignmentSettlements.Where(s => ids.Contains(s.PurchaseOrderId)).Select(s => s.PurchaseOrderId).ToListAsync(ct);
        foreach (var purchase in purchases)
        {
            purchase.PurchaseReceived(now);
            if (!settled.Contains(purchase.Id))
                db.ConsignmentSettlements.Add(ConsignmentSettlement.For(purchase, consigned[purchase.ConsignedFromSubOrderId!.Value],
                    options.Value.ConsignmentCommissionBasisPoints, now));
        }
    }
}

/// Shipped orders the buyer never confirmed are confirmed after Ordering:AutoConfirmDays.
[DisallowConcurrentExecution]
public sealed class AutoConfirmReceiptJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<OrderingOptions> options) : IJob
{
    public const string Name = "ordering-auto-confirm";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = $"{await RunAsync(scopes, time, options.Value, cancellationToken)} confirmed";

    public static async Task<int> RunAsync(IServiceScopeFactory scopes, TimeProvider time, OrderingOptions options, CancellationToken ct)
    {
        var before = time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.AutoConfirmDays);
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
            due = await scope.ServiceProvider.GetRequiredService<OrderingDbContext>().Orders
                .Where(o => o.Status == OrderStatus.Shipped && o.Source != OrderSource.ConsignmentPurchase && o.Shipments.All(s => s.ShippedUtc <= before)
                    && o.SubOrders.All(s => s.OpenAfterSales == 0)) // the buyer is still in an after-sales request
                .Select(o => o.Id).Take(500).ToListAsync(ct);
        var confirmed = 0;
        foreach (var id in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            if ((await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ConfirmReceipt(null, id), ct)).IsSuccess) confirmed++;
        }
        return confirmed;
    }
}
