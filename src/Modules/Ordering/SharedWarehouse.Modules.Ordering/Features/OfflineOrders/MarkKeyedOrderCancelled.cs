using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.OfflineOrders;

internal sealed record MarkKeyedOrderCancelled(Guid UserId, Guid SubOrderId, string Reason) : ICommand<IReadOnlyList<string>>;

internal sealed class MarkKeyedOrderCancelledHandler(OrderingDbContext db, Merchants.Contracts.IShopAccess shops, TimeProvider time)
    : IRequestHandler<MarkKeyedOrderCancelled, Result<IReadOnlyList<string>>>
{
    public async Task<Result<IReadOnlyList<string>>> Handle(MarkKeyedOrderCancelled c, CancellationToken ct)
    {
        if (await shops.ActingAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        // Only keyed orders: an online order is the buyer's to cancel.
        var order = await db.Orders.Include(o => o.SubOrders).ThenInclude(s => s.Lines)
            .FirstOrDefaultAsync(o => o.Source == OrderSource.MerchantKeyed && o.Status != OrderStatus.Placing && o.Status != OrderStatus.Failed
                && o.SubOrders.Any(s => s.Id == c.SubOrderId && s.ShopId == shop.ShopId), ct);
        if (order is null) return Error.NotFound();
        var cancelled = order.Cancel(c.UserId, c.Reason, time.GetUtcNow().UtcDateTime);
        if (cancelled.IsFailure) return Result<IReadOnlyList<string>>.Failure(cancelled.Errors);
        return Result.Success<IReadOnlyList<string>>(order.SubOrders.SelectMany(s => s.Lines).Select(l => l.ReservationRef).ToList());
    }
}
