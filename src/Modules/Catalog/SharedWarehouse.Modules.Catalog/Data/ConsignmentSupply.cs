using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.Modules.Catalog.Data;

/// Which consignment SKUs their supplier still offers: the supplier SKU approved, its product listed and not taken
/// down, the offer open with terms for the SKU, and the reseller's price at or above today's floor. (Whether the stock
/// is still shared with the reseller is Inventory's: without a grant there is simply nothing available or reservable.)
internal sealed class ConsignmentSupply(CatalogDbContext db)
{
    public sealed record Active(Sku Listing, Sku Source, Product SourceProduct, ConsignmentSkuTerms Terms);

    public async Task<Dictionary<Guid, Active>> ActiveAsync(IReadOnlyCollection<Sku> listings, CancellationToken ct)
    {
        var consigned = listings.Where(s => s.SourceSkuId is not null).ToList();
        if (consigned.Count == 0) return [];
        var sourceIds = consigned.Select(s => s.SourceSkuId!.Value).Distinct().ToList();
        var sources = await db.Skus.AsNoTracking().Where(s => sourceIds.Contains(s.Id) && s.IsApproved).ToDictionaryAsync(s => s.Id, ct);
        var productIds = sources.Values.Select(s => s.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking()
            .Where(p => productIds.Contains(p.Id) && p.IsListed && p.ForceDelistReason == null && p.ApprovedContentJson != null).ToDictionaryAsync(p => p.Id, ct);
        var terms = await (from t in db.ConsignmentSkuTerms.AsNoTracking()
                           join o in db.ConsignmentOffers.AsNoTracking() on t.OfferId equals o.Id
                           where o.IsOpen && sourceIds.Contains(t.SkuId)
                           select t).ToDictionaryAsync(t => t.SkuId, ct);
        var result = new Dictionary<Guid, Active>();
        foreach (var listing in consigned)
        {
            if (!sources.TryGetValue(listing.SourceSkuId!.Value, out var source) || !products.TryGetValue(source.ProductId, out var product)
                || !terms.TryGetValue(source.Id, out var t) || listing.RetailPriceFen < t.FloorPriceFen) continue;
            result[listing.Id] = new Active(listing, source, product, t);
        }
        return result;
    }

    /// The reseller's level with each supplier (Standard unless the supplier graded it).
    public async Task<Dictionary<Guid, ResellerLevel>> LevelsAsync(Guid resellerShopId, IReadOnlyCollection<Guid> supplierShopIds, CancellationToken ct)
    {
        var ids = supplierShopIds.Distinct().ToList();
        var graded = await db.ResellerTiers.AsNoTracking().Where(t => t.ResellerShopId == resellerShopId && ids.Contains(t.SupplierShopId))
            .ToDictionaryAsync(t => t.SupplierShopId, t => t.Level, ct);
        return ids.ToDictionary(id => id, id => graded.GetValueOrDefault(id, ResellerLevel.Standard));
    }
}

internal sealed class ConsignedSkus(CatalogDbContext db, ConsignmentSupply supply) : IConsignedSkus
{
    public async Task<IReadOnlyDictionary<Guid, ConsignedSupply>> SupplyAsync(IReadOnlyCollection<ConsignedQuantity> lines, CancellationToken ct)
    {
        var ids = lines.Select(l => l.SkuId).Distinct().ToList();
        var listings = await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id) && s.IsApproved && s.SourceSkuId != null).ToListAsync(ct);
        var active = await supply.ActiveAsync(listings, ct);
        var result = new Dictionary<Guid, ConsignedSupply>();
        foreach (var reseller in active.Values.GroupBy(a => a.Listing.ShopId))
        {
            var levels = await supply.LevelsAsync(reseller.Key, reseller.Select(a => a.Source.ShopId).ToList(), ct);
            foreach (var a in reseller)
            {
                var quantity = lines.Where(l => l.SkuId == a.Listing.Id).Sum(l => l.Quantity);
                if (WholesalePrice.UnitPriceFor(a.Terms.Prices, levels[a.Source.ShopId], quantity) is not { } unit) continue;
                result[a.Listing.Id] = new ConsignedSupply(a.Listing.Id, a.Source.ShopId, a.Source.Id, a.SourceProduct.Id, a.Source.Code, unit);
            }
        }
        return result;
    }
}
