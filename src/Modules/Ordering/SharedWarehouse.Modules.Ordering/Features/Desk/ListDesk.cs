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

internal sealed class ListDeskHandler(OrderingDbContext db, IMerchantDirectory merchants, IShopAccess shops, IRegionCatalog regions, IReservationLookup reservations,
    IOptions<OrderingOptions> options) : IRequestHandler<ListDesk, DeskList>
{
    public async Task<DeskList> Handle(ListDesk q, CancellationToken ct)
    {
        var empty = new DeskList(PagedResult<DeskRow>.Empty(q.PageSize), 0, new Dictionary<DeskFilter, int>());
        if (await shops.ActingAsync(q.UserId, ct) is not { } shop) return empty;
        // A shop's live sub-orders are few enough (thousands) to filter in memory; the heavy part, stock, is asked only for those to ship.
        // The lines come beside each sub-order (r.Lines), not inside it: its own Lines stay empty here.
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
                r.Lines.Sum(l => l.Quantity), r.Sub.TotalOf(r.Lines), r.BuyerMessage, IsRemote(r.ShipTo.RegionCode), r.PlacedUtc, r.Refund, r.Source,
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
