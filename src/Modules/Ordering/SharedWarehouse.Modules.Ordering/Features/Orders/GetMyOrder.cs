using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Ordering.Features.Orders;

/// Consigned: a consignment line (代销), which the buyer may return through the reseller (ADR 9).
public sealed record OrderLineView(Guid Id, Guid SkuId, Guid ProductId, string ProductName, string SpecText, long UnitPriceFen, int Quantity, bool Consigned = false)
{
    public long AmountFen => UnitPriceFen * Quantity;
}
public sealed record SubOrderView(Guid Id, string Number, Guid ShopId, string ShopName, OrderStatus Status, long LinesFen, long ShippingFen, long DiscountFen, long TotalFen, IReadOnlyList<OrderLineView> Lines);
public sealed record TransitionView(string SubOrderNumber, OrderStatus From, OrderStatus To, bool BySystem, string Reason, DateTime AtUtc);
/// Tracking: the carrier's events, newest first (empty for a number the merchant typed in, which no carrier reports to us).
public sealed record ParcelView(string SubOrderNumber, string Carrier, string TrackingNumber, DateTime ShippedUtc, IReadOnlyList<TrackingEvent> Tracking);

public sealed record OrderView(Guid Id, string Number, OrderStatus Status, PayBy PayBy, DeliveryMethod Delivery, ShipTo ShipTo, string RegionName,
    Invoice Invoice, string? BuyerMessage, DateTime PlacedUtc, DateTime PaymentDeadlineUtc, DateTime? PaidUtc, long TotalFen,
    IReadOnlyList<SubOrderView> SubOrders, IReadOnlyList<TransitionView> Timeline, IReadOnlyList<ParcelView> Parcels,
    RefundStatus Refund = RefundStatus.None, long RefundFen = 0, string? ExchangeRequestNumber = null)
{
    public bool CanConfirm => Status == OrderStatus.Shipped;
    public bool CanCancel => Status is OrderStatus.AwaitingPayment or OrderStatus.ToShip && ExchangeRequestNumber is null;
    public bool CanPay => Status == OrderStatus.AwaitingPayment && PayBy == PayBy.Online;
}

/// One of the buyer's own orders; another buyer's id is simply not found.
public sealed record GetMyOrder(Guid BuyerId, Guid OrderId) : IQuery<OrderView?>;

internal sealed class GetMyOrderHandler(OrderingDbContext db, IMerchantDirectory merchants, IRegionCatalog regions, ICourier courier)
    : IRequestHandler<GetMyOrder, OrderView?>
{
    public async Task<OrderView?> Handle(GetMyOrder q, CancellationToken ct)
    {
        var o = await db.Orders.AsNoTracking().Include(x => x.SubOrders).ThenInclude(s => s.Lines).Include(x => x.Transitions).Include(x => x.Shipments)
            .FirstOrDefaultAsync(x => x.Id == q.OrderId && x.BuyerId == q.BuyerId && x.Status != OrderStatus.Placing && x.Status != OrderStatus.Failed, ct);
        if (o is null) return null;
        var shops = await merchants.FindShopsAsync(o.SubOrders.Select(s => s.ShopId).ToList(), ct);
        var numbers = o.SubOrders.ToDictionary(s => s.Id, s => s.Number);
        var tracking = await Shipping.ParcelTracking.OfAsync(courier, o.Shipments.Select(s => s.TrackingNumber), ct);
        return new OrderView(o.Id, o.Number, o.Status, o.PayBy, o.Delivery, o.ShipTo, regions.FullName(o.ShipTo.RegionCode), o.Invoice, o.BuyerMessage,
            o.PlacedUtc, o.PaymentDeadlineUtc, o.PaidUtc, o.TotalFen,
            o.SubOrders.OrderBy(s => s.Number).Select(s => new SubOrderView(s.Id, s.Number, s.ShopId, shops.TryGetValue(s.ShopId, out var shop) ? shop.Name : "",
                s.Status, s.LinesFen, s.ShippingFen, s.DiscountFen, s.TotalFen,
                s.Lines.Select(l => new OrderLineView(l.Id, l.SkuId, l.ProductId, l.ProductName, l.SpecText, l.UnitPriceFen, l.Quantity, l.IsConsigned)).ToList())).ToList(),
            o.Transitions.Where(t => t.From != OrderStatus.Placing || t.To != OrderStatus.Failed).OrderBy(t => t.AtUtc)
                .Select(t => new TransitionView(numbers[t.SubOrderId], t.From, t.To, t.ByUserId is null, t.Reason, t.AtUtc)).ToList(),
            o.Shipments.OrderBy(p => p.ShippedUtc).Select(p => new ParcelView(numbers[p.SubOrderId],
                courier.FindCarrier(p.Carrier)?.Name ?? p.Carrier, p.TrackingNumber, p.ShippedUtc, tracking[p.TrackingNumber])).ToList(), o.Refund, o.RefundFen,
            o.ExchangeRequestNumber);
    }
}
