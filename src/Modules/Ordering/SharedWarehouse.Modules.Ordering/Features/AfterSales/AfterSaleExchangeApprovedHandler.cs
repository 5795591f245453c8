using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;

namespace SharedWarehouse.Modules.Ordering.Features.AfterSales;

/// An exchange's goods were accepted back: the replacement becomes an order to ship on the merchant's order desk, to the
/// original order's address. Its stock is already reserved (and held) by the request, so nothing is reserved here.
internal sealed class AfterSaleExchangeApprovedHandler(OrderingDbContext db, TimeProvider time) : IIntegrationEventHandler<AfterSaleExchangeApproved>
{
    public async Task Handle(AfterSaleExchangeApproved e, CancellationToken ct)
    {
        var original = await db.Orders.AsNoTracking().Include(o => o.SubOrders.Where(s => s.Id == e.SubOrderId)).SingleAsync(o => o.Id == e.OrderId, ct);
        var key = Order.ExchangeKey(e.RequestId);
        if (await db.Orders.AnyAsync(o => o.BuyerId == original.BuyerId && o.IdempotencyKey == key, ct)) return;
        db.Orders.Add(Order.Replacement(original, original.SubOrders.Single().ShopId, e.RequestId, e.RequestNumber, e.Lines, time.GetUtcNow().UtcDateTime));
    }
}
