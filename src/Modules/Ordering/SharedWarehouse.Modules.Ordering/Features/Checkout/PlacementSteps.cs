using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Checkout;

/// Step 3: all stock is reserved — the order becomes visible, its goods leave the cart, and merchants hear of it.
/// Answers with the placed order's summary (what the buyer is shown), so the process need not load the order again.
internal sealed record ConfirmOrderPlaced(Guid OrderId) : ICommand<PlacedOrder>;

internal sealed class ConfirmOrderPlacedHandler(OrderingDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<ConfirmOrderPlaced, Result<PlacedOrder>>
{
    public async Task<Result<PlacedOrder>> Handle(ConfirmOrderPlaced c, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.SubOrders).ThenInclude(s => s.Lines).SingleAsync(o => o.Id == c.OrderId, ct);
        var placed = order.Placed(time.GetUtcNow().UtcDateTime);
        if (placed.IsFailure) return Result<PlacedOrder>.Failure(placed.Errors);
        var skuIds = order.SubOrders.SelectMany(s => s.Lines).Select(l => l.SkuId).ToList();
        var cartKey = CartItem.ForUser(order.BuyerId);
        db.CartItems.RemoveRange(await db.CartItems.Where(i => i.CartKey == cartKey && skuIds.Contains(i.SkuId)).ToListAsync(ct));
        var cod = order.PayBy == PayBy.CashOnDelivery;
        // Only a cash-on-delivery order notifies merchants now (by owner), so only it needs the shops: one round trip less otherwise.
        var shops = cod ? await merchants.FindShopsAsync(order.SubOrders.Select(s => s.ShopId).ToList(), ct) : new Dictionary<Guid, ShopSummary>();
        // Online orders are announced to the merchant when paid; cash-on-delivery ones are to ship now.
        foreach (var s in order.SubOrders.Where(s => shops.ContainsKey(s.ShopId)))
            db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), shops[s.ShopId].OwnerId, "新订单待发货",
                "订单 {0}（货到付款）待发货，金额 ¥{1}", [s.Number, Money.Yuan(s.TotalFen)], null));
        // Cash on delivery ships without a payment step, so its stock is held from now on.
        if (cod) await Consignment.ConsignmentPurchases.OpenAsync(db, merchants, order, time.GetUtcNow().UtcDateTime, ct);
        if (cod) db.Publish(new ReservationsHoldRequested(Guid.CreateVersion7(), order.SubOrders.SelectMany(s => s.Lines).Select(l => l.ReservationRef).ToList()));
        return new PlacedOrder(order.Id, order.Number, order.PayBy, order.Status, order.TotalFen);
    }
}

/// Stock could not be reserved: the order stays invisible with the reason.
internal sealed record FailOrder(Guid OrderId, string Reason) : ICommand;

internal sealed class FailOrderHandler(OrderingDbContext db, TimeProvider time) : IRequestHandler<FailOrder, Result>
{
    public async Task<Result> Handle(FailOrder c, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.SubOrders).SingleAsync(o => o.Id == c.OrderId, ct);
        return order.Fail(c.Reason, time.GetUtcNow().UtcDateTime);
    }
}
