using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;

namespace SharedWarehouse.Modules.Ordering.Features.Consignment;

public enum SettlementRole { Supplier = 1, Reseller = 2 }

/// My share is what this shop gets: the wholesale total as supplier, the margin as reseller.
public sealed record SettlementRow(Guid Id, SettlementRole Role, string PurchaseNumber, string ResellerNumber, string OtherShop, long RetailFen,
    long WholesaleFen, long CommissionFen, long MyShareFen, SettlementStatus Status, DateTime CreatedUtc, DateTime? SettledUtc);

public sealed record SettlementList(IReadOnlyList<SettlementRow> Rows, long SettledFen, long PendingFen);

/// The signed-in merchant's consignment settlements, as supplier or as reseller (never another pair's).
public sealed record ListConsignmentSettlements(Guid UserId) : IQuery<SettlementList>;

internal sealed class ListConsignmentSettlementsHandler(OrderingDbContext db, IMerchantDirectory merchants) : IRequestHandler<ListConsignmentSettlements, SettlementList>
{
    public async Task<SettlementList> Handle(ListConsignmentSettlements q, CancellationToken ct)
    {
        if (await merchants.FindShopOfOwnerAsync(q.UserId, ct) is not { } shop) return new([], 0, 0);
        var mine = await db.ConsignmentSettlements.AsNoTracking().Where(s => s.SupplierShopId == shop.ShopId || s.ResellerShopId == shop.ShopId)
            .OrderByDescending(s => s.CreatedUtc).Take(500).ToListAsync(ct);
        var others = await merchants.FindShopsAsync(mine.Select(s => s.SupplierShopId == shop.ShopId ? s.ResellerShopId : s.SupplierShopId).Distinct().ToList(), ct);
        var rows = mine.Select(s =>
        {
            var asSupplier = s.SupplierShopId == shop.ShopId;
            var other = asSupplier ? s.ResellerShopId : s.SupplierShopId;
            return new SettlementRow(s.Id, asSupplier ? SettlementRole.Supplier : SettlementRole.Reseller, s.PurchaseNumber, s.ResellerNumber,
                others.TryGetValue(other, out var o) ? o.Name : "", s.RetailFen, s.WholesaleFen, s.CommissionFen,
                asSupplier ? s.SupplierFen : s.ResellerFen, s.Status, s.CreatedUtc, s.SettledUtc);
        }).ToList();
        return new(rows, rows.Where(r => r.Status == SettlementStatus.Settled).Sum(r => r.MyShareFen),
            rows.Where(r => r.Status is SettlementStatus.Pending or SettlementStatus.Settling).Sum(r => r.MyShareFen));
    }
}
