using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Paging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;

namespace SharedWarehouse.Modules.Ordering.Features.Consignment;

public enum SettlementRole { Supplier = 1, Reseller = 2 }

/// My share is what this shop gets: the wholesale total as supplier, the margin as reseller.
public sealed record SettlementRow(Guid Id, SettlementRole Role, string PurchaseNumber, string ResellerNumber, string OtherShop, long RetailFen,
    long WholesaleFen, long CommissionFen, long MyShareFen, SettlementStatus Status, DateTime CreatedUtc, DateTime? SettledUtc);

/// One page of rows; the totals are over every settlement of the shop, not just the page.
public sealed record SettlementList(PagedResult<SettlementRow> Rows, long SettledFen, long PendingFen);

/// The signed-in merchant's consignment settlements, as supplier or as reseller (never another pair's), newest first.
public sealed record ListConsignmentSettlements(Guid UserId, int Page = 1) : IQuery<SettlementList>
{
    public const int PageSize = 50;
}

internal sealed class ListConsignmentSettlementsHandler(OrderingDbContext db, IMerchantDirectory merchants, IShopAccess shops) : IRequestHandler<ListConsignmentSettlements, SettlementList>
{
    public async Task<SettlementList> Handle(ListConsignmentSettlements q, CancellationToken ct)
    {
        if (await shops.ActingAsync(q.UserId, ct) is not { } shop) return new(PagedResult<SettlementRow>.Empty(ListConsignmentSettlements.PageSize), 0, 0);
        var id = shop.ShopId;
        var page = await db.ConsignmentSettlements.AsNoTracking().Where(s => s.SupplierShopId == id || s.ResellerShopId == id)
            .OrderByDescending(s => s.CreatedUtc).ThenByDescending(s => s.Id).ToPagedResultAsync(q.Page, ListConsignmentSettlements.PageSize, ct);
        var others = await merchants.FindShopsAsync(page.Items.Select(s => s.SupplierShopId == id ? s.ResellerShopId : s.SupplierShopId).Distinct().ToList(), ct);
        var rows = page.Map(s =>
        {
            var asSupplier = s.SupplierShopId == shop.ShopId;
            var other = asSupplier ? s.ResellerShopId : s.SupplierShopId;
            return new SettlementRow(s.Id, asSupplier ? SettlementRole.Supplier : SettlementRole.Reseller, s.PurchaseNumber, s.ResellerNumber,
                others.TryGetValue(other, out var o) ? o.Name : "", s.RetailFen, s.WholesaleFen, s.CommissionFen,
                asSupplier ? s.SupplierFen : s.ResellerFen, s.Status, s.CreatedUtc, s.SettledUtc);
        });
        // Summed by the database over all of the shop's settlements: my share is the supplier's or the reseller's part.
        var open = new[] { SettlementStatus.Pending, SettlementStatus.Settling };
        var all = db.ConsignmentSettlements.AsNoTracking();
        var settled = await all.Where(s => s.SupplierShopId == id && s.Status == SettlementStatus.Settled).SumAsync(s => s.SupplierFen, ct)
            + await all.Where(s => s.ResellerShopId == id && s.Status == SettlementStatus.Settled).SumAsync(s => s.ResellerFen, ct);
        var pending = await all.Where(s => s.SupplierShopId == id && open.Contains(s.Status)).SumAsync(s => s.SupplierFen, ct)
            + await all.Where(s => s.ResellerShopId == id && open.Contains(s.Status)).SumAsync(s => s.ResellerFen, ct);
        return new(rows, settled, pending);
    }
}
