using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;

namespace SharedWarehouse.Modules.Repair.Features.Terms;

/// The shop's products (from Catalog's contract: its approved SKUs, one row per product) with their repair terms, the
/// default where none was set. Null when the user has no shop.
public sealed record ListRepairTerms(Guid UserId) : IQuery<IReadOnlyList<RepairTermRow>?>;

public sealed record RepairTermRow(Guid ProductId, string ProductName, int WarrantyMonths, bool AcceptsRepairs, bool IsDefault);

internal sealed class ListRepairTermsHandler(RepairDbContext db, IShopAccess shops, ICatalogSkuDirectory skus, IOptions<RepairOptions> options)
    : IRequestHandler<ListRepairTerms, IReadOnlyList<RepairTermRow>?>
{
    public const int MaxProducts = 500;

    public async Task<IReadOnlyList<RepairTermRow>?> Handle(ListRepairTerms q, CancellationToken ct)
    {
        if (await shops.ActingAsync(q.UserId, ct) is not { } shop) return null;
        var products = (await skus.ListApprovedAsync(shop.ShopId, MaxProducts, ct)).GroupBy(s => s.ProductId)
            .Select(g => (Id: g.Key, Name: g.First().ProductName)).OrderBy(p => p.Name).ToList();
        var terms = await db.Terms.AsNoTracking().Where(t => t.ShopId == shop.ShopId).ToDictionaryAsync(t => t.ProductId, ct);
        return products.Select(p => terms.TryGetValue(p.Id, out var t)
            ? new RepairTermRow(p.Id, p.Name, t.WarrantyMonths, t.AcceptsRepairs, false)
            : new RepairTermRow(p.Id, p.Name, options.Value.DefaultWarrantyMonths, true, true)).ToList();
    }
}
