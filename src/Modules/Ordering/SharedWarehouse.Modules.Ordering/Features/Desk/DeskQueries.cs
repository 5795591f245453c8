using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.Modules.Ordering.Features.Shipping;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Ordering.Features.Desk;

public enum DeskFilter { All = 0, ToShip = 1, ShortOfStock = 2, Shipped = 3, Remote = 4, WithMessage = 5, Cancelled = 6, Refunding = 7, Offline = 8, Consignment = 9 }

public sealed record DeskRow(Guid SubOrderId, string Number, OrderStatus Status, PayBy PayBy, string Recipient, string RegionName, int Items, long TotalFen,
    string? BuyerMessage, bool Remote, DateTime PlacedUtc, RefundStatus Refund = RefundStatus.None, OrderSource Source = OrderSource.Online,
    string? ResellerName = null);

public sealed record DeskList(PagedResult<DeskRow> Page, long TotalFen, IReadOnlyDictionary<DeskFilter, int> Counts);

/// The merchant's order desk: only its own sub-orders, never an order still being placed or failed.
public sealed record ListDesk(Guid UserId, DeskFilter Filter, string? Number, int PageNumber = 1, int PageSize = 20) : IQuery<DeskList>;

internal sealed class ListDeskHandler(OrderingDbContext db, IMerchantDirectory merchants, IRegionCatalog regions, IReservationLookup reservations,
    IOptions<OrderingOptions> options) : IRequestHandler<ListDesk, DeskList>
{
    public async Task<DeskList> Handle(ListDesk q, CancellationToken ct)
    {
        var empty = new DeskList(PagedResult<DeskRow>.Empty(q.PageSize), 0, new Dictionary<DeskFilter, int>());
        if (await merchants.FindShopOfOwnerAsync(q.UserId, ct) is not { } shop) return empty;
        // A shop's live sub-orders are few enough (thousands) to filter in memory; the heavy part, stock, is asked only for those to ship.
        var rows = await (from s in db.SubOrders.AsNoTracking()
                          join o in db.Orders.AsNoTracking() on s.OrderId equals o.Id
                          where s.ShopId == shop.ShopId && s.Status != OrderStatus.Placing && s.Status != OrderStatus.Failed
                          orderby o.PlacedUtc descending
                          select new { Sub = s, o.Number, o.PayBy, o.ShipTo, o.BuyerMessage, o.PlacedUtc, o.Refund, o.Source, o.ResellerShopId, Lines = s.Lines.ToList() }).Take(2000).ToListAsync(ct);
        var resellers = await merchants.FindShopsAsync(rows.Select(r => r.ResellerShopId).OfType<Guid>().Distinct().ToList(), ct);
        var remote = options.Value.RemoteProvinces;
        var toShip = rows.Where(r => r.Sub.Status is OrderStatus.ToShip or OrderStatus.PartiallyShipped).ToList();
        var picks = await reservations.PicksAsync(toShip.SelectMany(r => r.Lines.Select(l => l.ReservationToShip)).ToList(), ct);
        var held = picks.GroupBy(p => p.Reference).ToDictionary(g => g.Key, g => g.Sum(p => p.Quantity));
        // Consignment lines are the supplier's to ship (its purchase order shows their stock), not the reseller's.
        bool Short(IEnumerable<OrderLine> lines) => lines.Any(l => !l.IsConsigned && held.GetValueOrDefault(l.ReservationToShip) < l.Quantity - l.ShippedQuantity);
        bool IsRemote(string region) => remote.Any(p => region.StartsWith(p, StringComparison.Ordinal));
        var all = rows.Select(r => new
        {
            Row = new DeskRow(r.Sub.Id, r.Sub.Number, r.Sub.Status, r.PayBy, r.ShipTo.Recipient, regions.FullName(r.ShipTo.RegionCode),
                r.Lines.Sum(l => l.Quantity), r.Sub.TotalFen, r.BuyerMessage, IsRemote(r.ShipTo.RegionCode), r.PlacedUtc, r.Refund, r.Source,
                r.ResellerShopId is { } reseller && resellers.TryGetValue(reseller, out var rs) ? rs.Name : null),
            IsShort = (r.Sub.Status is OrderStatus.ToShip or OrderStatus.PartiallyShipped) && Short(r.Lines),
        }).ToList();
        Func<DeskFilter, Func<DeskRow, bool, bool>> rule = f => f switch
        {
            DeskFilter.ToShip => (r, _) => r.Status is OrderStatus.ToShip or OrderStatus.PartiallyShipped,
            DeskFilter.ShortOfStock => (_, isShort) => isShort,
            DeskFilter.Shipped => (r, _) => r.Status is OrderStatus.Shipped or OrderStatus.Received,
            DeskFilter.Remote => (r, _) => r.Remote,
            DeskFilter.WithMessage => (r, _) => r.BuyerMessage is not null,
            DeskFilter.Cancelled => (r, _) => r.Status == OrderStatus.Cancelled,
            DeskFilter.Refunding => (r, _) => r.Refund == RefundStatus.Requested,
            DeskFilter.Offline => (r, _) => r.Source == OrderSource.MerchantKeyed,
            DeskFilter.Consignment => (r, _) => r.Source == OrderSource.ConsignmentPurchase,
            _ => (_, _) => true,
        };
        var counts = Enum.GetValues<DeskFilter>().ToDictionary(f => f, f => all.Count(x => rule(f)(x.Row, x.IsShort)));
        var selected = all.Where(x => rule(q.Filter)(x.Row, x.IsShort)).Select(x => x.Row)
            .Where(r => string.IsNullOrWhiteSpace(q.Number) || r.Number.Contains(q.Number.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return new DeskList(PagedResult<DeskRow>.Of(selected, q.PageNumber, q.PageSize), selected.Sum(r => r.TotalFen), counts);
    }
}

/// Consigned: a consignment line of the reseller's sub-order, shipped by its supplier (not from this desk).
public sealed record DeskLine(Guid Id, string SkuCode, string ProductName, string SpecText, long UnitPriceFen, int Quantity, int Shipped,
    IReadOnlyList<ReservedPick> Picks, bool Consigned = false)
{
    public int Remaining => Quantity - Shipped;
    public long AmountFen => UnitPriceFen * Quantity;
}
public sealed record DeskShipment(string Carrier, string TrackingNumber, DateTime ShippedUtc, string Items, IReadOnlyList<TrackingEvent> Tracking);
public sealed record DeskSubOrder(Guid SubOrderId, Guid OrderId, string Number, string OrderNumber, OrderStatus Status, PayBy PayBy, DeliveryMethod Delivery,
    ShipTo ShipTo, string RegionName, Invoice Invoice, string? BuyerMessage, DateTime PlacedUtc, DateTime? PaidUtc, string ShopName,
    long LinesFen, long ShippingFen, long DiscountFen, long TotalFen, IReadOnlyList<DeskLine> Lines, IReadOnlyList<DeskShipment> Shipments,
    IReadOnlyList<TransitionView> Timeline, OrderSource Source = OrderSource.Online, OfflinePayment? OfflinePayment = null, string? PaymentReference = null)
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

internal sealed class GetDeskSubOrderHandler(OrderingDbContext db, IMerchantDirectory merchants, IRegionCatalog regions, IReservationLookup reservations,
    ICourierGateway courier) : IRequestHandler<GetDeskSubOrder, DeskSubOrder?>
{
    public async Task<DeskSubOrder?> Handle(GetDeskSubOrder q, CancellationToken ct)
    {
        if (await merchants.FindShopOfOwnerAsync(q.UserId, ct) is not { } shop) return null;
        var order = await db.Orders.AsNoTracking().Include(o => o.SubOrders).ThenInclude(s => s.Lines).Include(o => o.Shipments).ThenInclude(s => s.Lines)
            .Include(o => o.Transitions)
            .FirstOrDefaultAsync(o => o.SubOrders.Any(s => s.Id == q.SubOrderId && s.ShopId == shop.ShopId), ct);
        if (order is null || order.Status is OrderStatus.Placing or OrderStatus.Failed) return null;
        var sub = order.SubOrders.Single(s => s.Id == q.SubOrderId);
        var picks = await reservations.PicksAsync(sub.Lines.Where(l => !l.IsConsigned).Select(l => l.ReservationToShip).ToList(), ct);
        var shopName = shop.Name;
        if (order.ResellerShopId is { } reseller)
            shopName = (await merchants.FindShopsAsync([reseller], ct)).TryGetValue(reseller, out var r) ? r.Name : "";
        var names = sub.Lines.ToDictionary(l => l.Id, l => l.ProductName);
        string CarrierName(string code) => courier.Carriers.FirstOrDefault(c => c.Code == code)?.Name ?? code;
        return new DeskSubOrder(sub.Id, order.Id, sub.Number, order.Number, sub.Status, order.PayBy, order.Delivery, order.ShipTo,
            regions.FullName(order.ShipTo.RegionCode), order.Invoice, order.BuyerMessage, order.PlacedUtc, order.PaidUtc, shopName,
            sub.LinesFen, sub.ShippingFen, sub.DiscountFen, sub.TotalFen,
            sub.Lines.Select(l => new DeskLine(l.Id, l.SkuCode, l.ProductName, l.SpecText, l.UnitPriceFen, l.Quantity, l.ShippedQuantity,
                l.IsConsigned ? [] : picks.Where(p => p.Reference == l.ReservationToShip).ToList(), l.IsConsigned)).ToList(),
            order.Shipments.Where(s => s.SubOrderId == sub.Id).OrderBy(s => s.ShippedUtc)
                .Select(s => new DeskShipment(CarrierName(s.Carrier), s.TrackingNumber, s.ShippedUtc,
                    string.Join("; ", s.Lines.Select(l => $"{names.GetValueOrDefault(l.OrderLineId)} × {l.Quantity}")),
                    courier.Track(s.Carrier, s.TrackingNumber, s.ShippedUtc))).ToList(),
            order.Transitions.Where(t => t.SubOrderId == sub.Id).OrderBy(t => t.AtUtc)
                .Select(t => new TransitionView(sub.Number, t.From, t.To, t.ByUserId is null, t.Reason, t.AtUtc)).ToList(),
            order.Source, order.OfflinePayment, order.PaymentReference);
    }
}
