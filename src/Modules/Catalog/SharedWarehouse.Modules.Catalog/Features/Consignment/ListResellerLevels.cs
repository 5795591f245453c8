using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Catalog.Features.Consignment;

public sealed record ResellerLevelRow(Guid ResellerShopId, string ShopName, ResellerLevel Level, DateTime UpdatedUtc);

/// The levels the signed-in supplier gave.
public sealed record ListResellerLevels(Guid OwnerId) : IQuery<IReadOnlyList<ResellerLevelRow>>;

internal sealed class ListResellerLevelsHandler(CatalogDbContext db, IMerchantDirectory merchants, IShopAccess shops) : IRequestHandler<ListResellerLevels, IReadOnlyList<ResellerLevelRow>>
{
    public async Task<IReadOnlyList<ResellerLevelRow>> Handle(ListResellerLevels q, CancellationToken ct)
    {
        if (await shops.ActingShopIdAsync(q.OwnerId, ct) is not { } shop) return [];
        var tiers = await db.ResellerTiers.AsNoTracking().Where(t => t.SupplierShopId == shop).OrderByDescending(t => t.UpdatedUtc).Take(500).ToListAsync(ct);
        var resellers = await merchants.FindShopsAsync(tiers.Select(t => t.ResellerShopId).ToList(), ct);
        return tiers.Select(t => new ResellerLevelRow(t.ResellerShopId, resellers.TryGetValue(t.ResellerShopId, out var s) ? s.Name : "", t.Level, t.UpdatedUtc)).ToList();
    }
}
