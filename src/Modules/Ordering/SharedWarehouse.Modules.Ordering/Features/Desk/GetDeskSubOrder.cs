using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Orders;

namespace SharedWarehouse.Modules.Ordering.Features.Desk;

/// Consigned: a consignment line of the reseller's sub-order, shipped by its supplier (not from this desk).
public sealed record DeskLine(Guid Id, string SkuCode, string ProductName, string SpecText, long UnitPriceFen, int Quantity, int Shipped,
    IReadOnlyList<ReservedPick> Picks, bool Consigned = false)
{
    public int Remaining => Quantity - Shipped;
    public long AmountFen => UnitPriceFen * Quantity;
}
/// Tracking: as ParcelView's, newest first.
public sealed record DeskShipment(string Carrier, string TrackingNumber, DateTime ShippedUtc, string Items, IReadOnlyList<TrackingEvent> Tracking);
public sealed record DeskSubOrder(Guid SubOrderId, Guid OrderId, string Number, string OrderNumber, OrderStatus Status, PayBy PayBy, DeliveryMethod Delivery,
    ShipTo ShipTo, string RegionName, Invoice Invoice, string? BuyerMessage, DateTime PlacedUtc, DateTime? PaidUtc, string ShopName,
    long LinesFen, long ShippingFen, long DiscountFen, long TotalFen, IReadOnlyList<DeskLine> Lines, IReadOnlyList<DeskShipment> Shipments,
    IReadOnlyList<TransitionView> Timeline, OrderSource Source = OrderSource.Online, OfflinePayment? OfflinePayment = null, string? PaymentReference = null,
    string? ExchangeRequestNumber = null)
{
    /// A consignment purchase (代销采购单): ShopName is then the reseller's shop, which the buyer bought from and which
    /// the packing slip names.
    public bool IsConsignmentPurchase => Source == OrderSource.ConsignmentPurchase;
    public bool CanShip => Status is OrderStatus.ToShip or OrderStatus.PartiallyShipped;
    /// Only keyed orders: their offline buyer cannot confirm receipt on the platform.
    public bool CanMarkDelivered => Source == OrderSource.MerchantKeyed && Status == OrderStatus.Shipped;
    /// Only keyed orders, before anything shipped: an online order is the buyer's to cancel.
    public bool CanCancelKeyed => Source == OrderSource.MerchantKeyed && Status == OrderStatus.ToShip;
    /// Numbered per sub-order so a reprint carries the same number.
    public string InvoiceNumber => "FP" + Number.Replace("-", "");
}

public sealed record GetDeskSubOrder(Guid UserId, Guid SubOrderId) : IQuery<DeskSubOrder?>;

internal sealed class GetDeskSubOrderHandler(OrderingDbContext db, IMerchantDirectory merchants, IShopAccess shops, IRegionCatalog regions, IReservationLookup reservations,
    ICourier courier) : IRequestHandler<GetDeskSubOrder, DeskSubOrder?>
{
    public async Task<DeskSubOrder?> Handle(GetDeskSubOrder q, CancellationToken ct)
    {
        if (await shops.ActingAsync(q.UserId, ct) is not { } shop) return null;
        var order = await db.Orders.AsNoTracking().Include(o => o.SubOrders).ThenInclude(s => s.Lines).Include(o => o.Shipments).ThenInclude(s => s.Lines)
            .Include(o => o.Transitions)
            .FirstOrDefaultAsync(o => o.SubOrders.Any(s => s.Id == q.SubOrderId && s.ShopId == shop.ShopId), ct);
        if (order is null || order.Status is OrderStatus.Placing or OrderStatus.Failed) return null;
        var sub = order.SubOrders.Single(s => s.Id == q.SubOrderId);
        var picks = await reservations.PicksAsync(sub.Lines.Where(l => !l.IsConsigned).Select(l => l.ReservationToShip).ToList(), ct);
        var shopName = shop.ShopName;
        if (order.ResellerShopId is { } reseller)
            shopName = (await merchants.FindShopsAsync([reseller], ct)).TryGetValue(reseller, out var r) ? r.Name : "";
        var names = sub.Lines.ToDictionary(l => l.Id, l => l.ProductName);
        var shipments = order.Shipments.Where(s => s.SubOrderId == sub.Id).OrderBy(s => s.ShippedUtc).ToList();
        var tracking = await Shipping.ParcelTracking.OfAsync(courier, shipments.Select(s => s.TrackingNumber), ct);
        return new DeskSubOrder(sub.Id, order.Id, sub.Number, order.Number, sub.Status, order.PayBy, order.Delivery, order.ShipTo,
            regions.FullName(order.ShipTo.RegionCode), order.Invoice, order.BuyerMessage, order.PlacedUtc, order.PaidUtc, shopName,
            sub.LinesFen, sub.ShippingFen, sub.DiscountFen, sub.TotalFen,
            sub.Lines.Select(l => new DeskLine(l.Id, l.SkuCode, l.ProductName, l.SpecText, l.UnitPriceFen, l.Quantity, l.ShippedQuantity,
                l.IsConsigned ? [] : picks.Where(p => p.Reference == l.ReservationToShip).ToList(), l.IsConsigned)).ToList(),
            shipments.Select(s => new DeskShipment(courier.FindCarrier(s.Carrier)?.Name ?? s.Carrier, s.TrackingNumber, s.ShippedUtc,
                    string.Join("; ", s.Lines.Select(l => $"{names.GetValueOrDefault(l.OrderLineId)} × {l.Quantity}")), tracking[s.TrackingNumber])).ToList(),
            order.Transitions.Where(t => t.SubOrderId == sub.Id).OrderBy(t => t.AtUtc)
                .Select(t => new TransitionView(sub.Number, t.From, t.To, t.ByUserId is null, t.Reason, t.AtUtc)).ToList(),
            order.Source, order.OfflinePayment, order.PaymentReference, order.ExchangeRequestNumber);
    }
}
