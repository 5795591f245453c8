using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Contracts;

namespace SharedWarehouse.Modules.Inventory.Data;

internal sealed class StockAvailability(InventoryDbContext db, ICatalogSkuDirectory skus) : IStockAvailability
{
    public async Task<IReadOnlyDictionary<Guid, long>> AvailableAsync(IReadOnlyCollection<Guid> skuIds, CancellationToken ct)
    {
        var owners = await skus.FindAsync(skuIds, ct);
        var ids = skuIds.ToList();
        var sums = await db.Balances.AsNoTracking().Where(b => ids.Contains(b.SkuId))
            .GroupBy(b => new { b.SkuId, b.OwnerShopId })
            .Select(g => new { g.Key.SkuId, g.Key.OwnerShopId, Available = g.Sum(b => b.OnHand - b.Reserved) }).ToListAsync(ct);
        var result = ids.Distinct().ToDictionary(id => id, id => owners.TryGetValue(id, out var sku)
            ? sums.Where(s => s.SkuId == id && s.OwnerShopId == sku.ShopId).Sum(s => s.Available) : 0L);
        // A consignment SKU (代销) sells its supplier's SKU: what the supplier's grants share with the reseller's shop.
        foreach (var reseller in owners.Values.Where(o => o.SourceSkuId is not null).GroupBy(o => o.ShopId))
        {
            var shared = await SharedWithAsync(reseller.Key, reseller.Select(o => o.SourceSkuId!.Value).Distinct().ToList(), ct);
            foreach (var sku in reseller)
                result[sku.SkuId] = shared.Where(s => s.SkuId == sku.SourceSkuId && s.OwnerShopId == sku.SupplierShopId).Sum(s => s.Available);
        }
        return result;
    }

    public async Task<IReadOnlySet<Guid>> InStockAsync(IReadOnlyCollection<OwnedSku> skus, CancellationToken ct)
    {
        if (skus.Count == 0) return new HashSet<Guid>();
        var ids = skus.Select(s => s.SkuId).Distinct().ToList();
        var rows = await db.Balances.AsNoTracking().Where(b => ids.Contains(b.SkuId))
            .GroupBy(b => new { b.SkuId, b.OwnerShopId })
            .Where(g => g.Sum(b => b.OnHand - b.Reserved) > 0)
            .Select(g => new OwnedSku(g.Key.SkuId, g.Key.OwnerShopId)).ToListAsync(ct);
        return rows.Intersect(skus).Select(s => s.SkuId).ToHashSet();
    }

    public async Task<IReadOnlyList<SharedStock>> SharedWithAsync(Guid viewerShopId, IReadOnlyCollection<Guid> skuIds, CancellationToken ct)
    {
        var ids = skuIds.ToList();
        var grants = await db.Grants.AsNoTracking().Where(g => g.GranteeShopId == null || g.GranteeShopId == viewerShopId).ToListAsync(ct);
        if (grants.Count == 0) return [];
        var rows = await db.Balances.AsNoTracking().Where(b => ids.Contains(b.SkuId) && b.OwnerShopId != viewerShopId)
            .GroupBy(b => new { b.SkuId, b.OwnerShopId, b.WarehouseId })
            .Select(g => new { g.Key.SkuId, g.Key.OwnerShopId, g.Key.WarehouseId, Available = g.Sum(b => b.OnHand - b.Reserved) }).ToListAsync(ct);
        return rows.Where(r => grants.Any(g => g.Covers(viewerShopId, r.OwnerShopId, r.SkuId, r.WarehouseId)))
            .Select(r => new SharedStock(r.SkuId, r.OwnerShopId, r.WarehouseId, r.Available)).ToList();
    }
}
