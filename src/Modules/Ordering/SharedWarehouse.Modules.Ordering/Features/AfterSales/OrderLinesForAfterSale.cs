using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;

namespace SharedWarehouse.Modules.Ordering.Features.AfterSales;

/// The after-sales module's read of a buyer's sub-order: what was paid per line, how far it went, when it was shipped
/// and received. Only the buyer's own online orders (merchant-keyed and consignment purchase orders have no buyer here).
internal sealed class OrderLinesForAfterSale(OrderingDbContext db) : IOrderLines
{
    public async Task<SubOrderForAfterSale?> FindForBuyerAsync(Guid buyerId, Guid subOrderId, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.SubOrders.Where(s => s.Id == subOrderId)).ThenInclude(s => s.Lines)
            .Include(o => o.Shipments.Where(s => s.SubOrderId == subOrderId))
            .Include(o => o.Transitions.Where(t => t.SubOrderId == subOrderId && t.To == OrderStatus.Received))
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.BuyerId == buyerId && o.Source == OrderSource.Online && o.SubOrders.Any(s => s.Id == subOrderId), ct);
        if (order is null) return null;
        var sub = order.SubOrders.Single();
        var paid = sub.PaidPerLine();
        return new SubOrderForAfterSale(order.Id, order.Number, sub.Id, sub.Number, order.BuyerId, sub.ShopId, PaidByOf(order.PayBy), order.IsPaid,
            StageOf(sub.Status), order.Shipments.Count == 0 ? null : order.Shipments.Max(s => s.ShippedUtc),
            order.Transitions.Count == 0 ? null : order.Transitions.Max(t => t.AtUtc), sub.ShippingFen, sub.TotalFen,
            sub.Lines.Select(l => new OrderLineForAfterSale(l.Id, l.ProductId, l.SkuId, l.ProductName, l.SpecText, l.Quantity, l.ShippedQuantity,
                paid[l.Id], l.ReservationRef, l.Supply?.SupplierShopId)).ToList());
    }

    private static PaidBy PaidByOf(PayBy p) => p switch
    {
        PayBy.Online => PaidBy.Online,
        PayBy.CashOnDelivery => PaidBy.CashOnDelivery,
        PayBy.PaidOffline => PaidBy.Offline,
        _ => PaidBy.Consignment,
    };

    private static SubOrderStage StageOf(OrderStatus s) => s switch
    {
        OrderStatus.AwaitingPayment or OrderStatus.Placing => SubOrderStage.NotPaid,
        OrderStatus.ToShip or OrderStatus.PartiallyShipped => SubOrderStage.ToShip,
        OrderStatus.Shipped => SubOrderStage.Shipped,
        OrderStatus.Received => SubOrderStage.Received,
        _ => SubOrderStage.Closed,
    };
}
