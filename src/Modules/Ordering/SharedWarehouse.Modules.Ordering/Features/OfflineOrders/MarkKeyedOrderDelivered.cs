using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.OfflineOrders;

/// The merchant confirms a shipped keyed order reached its offline buyer (there is no platform buyer to do it).
public sealed record MarkKeyedOrderDelivered(Guid UserId, Guid SubOrderId) : ICommand;

internal sealed class MarkKeyedOrderDeliveredHandler(OrderingDbContext db, Merchants.Contracts.IShopAccess shops, TimeProvider time)
    : IRequestHandler<MarkKeyedOrderDelivered, Result>
{
    public async Task<Result> Handle(MarkKeyedOrderDelivered c, CancellationToken ct)
    {
        if (await shops.ActingAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var order = await db.Orders.Include(o => o.SubOrders)
            .FirstOrDefaultAsync(o => o.SubOrders.Any(s => s.Id == c.SubOrderId && s.ShopId == shop.ShopId), ct);
        if (order is null) return Error.NotFound();
        return order.DeliveredToOfflineBuyer(shop.ShopId, c.UserId, time.GetUtcNow().UtcDateTime);
    }
}
