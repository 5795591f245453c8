using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Catalog.Contracts;

namespace SharedWarehouse.Modules.Catalog.Data;

internal sealed class SellableSkus(CatalogDbContext db, ConsignmentSupply supply) : ISellableSkus
{
    public async Task<IReadOnlyDictionary<Guid, SellableSku>> FindSellableAsync(IReadOnlyCollection<Guid> skuIds, CancellationToken ct)
    {
        if (skuIds.Count == 0) return new Dictionary<Guid, SellableSku>();
        var ids = skuIds.Distinct().ToList();
        var skus = await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id) && s.IsApproved).ToListAsync(ct);
        var productIds = skus.Select(s => s.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id) && p.IsListed && p.ApprovedContentJson != null)
            .ToDictionaryAsync(p => p.Id, ct);
        var consigned = await supply.ActiveAsync(skus, ct);
        var result = new Dictionary<Guid, SellableSku>();
        foreach (var s in skus)
        {
            // A consignment SKU sells only while its supplier offers it.
            if (s.SourceSkuId is not null && !consigned.ContainsKey(s.Id)) continue;
            if (!products.TryGetValue(s.ProductId, out var p) || p.ApprovedContent is not { } content) continue;
            // A SKU added after the last approval is not part of what was reviewed, so it is not sold yet.
            var spec = content.Skus.FirstOrDefault(x => x.Code == s.Code);
            if (spec is null) continue;
            result[s.Id] = new SellableSku(s.Id, p.Id, s.ShopId, s.Code, content.Name, spec.SpecText, s.RetailPriceFen,
                content.Images.Count > 0 ? $"/products/{p.Id}/images/1" : null, s.SourceSkuId, s.SupplierShopId);
        }
        return result;
    }

    public async Task<IReadOnlyDictionary<Guid, SellableSku>> FindSellableOfProductsAsync(IReadOnlyCollection<Guid> productIds, CancellationToken ct)
    {
        var ids = productIds.Distinct().ToList();
        var skuIds = await db.Skus.AsNoTracking().Where(s => ids.Contains(s.ProductId) && s.IsApproved).Select(s => s.Id).ToListAsync(ct);
        return await FindSellableAsync(skuIds, ct);
    }
}
