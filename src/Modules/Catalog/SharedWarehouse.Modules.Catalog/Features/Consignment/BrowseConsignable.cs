using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Catalog.Features.Consignment;

/// What the signed-in reseller may consign-sell: open offers of other shops whose SKUs' stock a sharing grant shows it
/// (to it or to the whole platform). Nothing else is visible, and a SKU of an offer without shared stock is left out.
public sealed record BrowseConsignable(Guid OwnerId, Guid? ProductId = null) : IQuery<IReadOnlyList<ConsignableProduct>>;

internal sealed class BrowseConsignableHandler(CatalogDbContext db, IMerchantDirectory merchants, IShopAccess shops, IStockAvailability stock, ConsignmentSupply supply)
    : IRequestHandler<BrowseConsignable, IReadOnlyList<ConsignableProduct>>
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<ConsignableProduct>> Handle(BrowseConsignable q, CancellationToken ct)
    {
        if (await shops.ActingShopIdAsync(q.OwnerId, ct) is not { } shop) return [];
        var offers = await db.ConsignmentOffers.AsNoTracking().Include(o => o.Skus)
            .Where(o => o.IsOpen && o.SupplierShopId != shop && (q.ProductId == null || o.ProductId == q.ProductId))
            .OrderByDescending(o => o.UpdatedUtc).Take(Limit).ToListAsync(ct);
        if (offers.Count == 0) return [];
        var shared = (await stock.SharedWithAsync(shop, offers.SelectMany(o => o.Skus.Select(s => s.SkuId)).Distinct().ToList(), ct))
            .GroupBy(s => (s.SkuId, s.OwnerShopId)).ToDictionary(g => g.Key, g => g.Sum(s => s.Available));
        offers = offers.Where(o => o.Skus.Any(s => shared.ContainsKey((s.SkuId, o.SupplierShopId)))).ToList();
        var productIds = offers.Select(o => o.ProductId).ToList();
        var products = await db.Products.AsNoTracking().Include(p => p.Skus)
            .Where(p => productIds.Contains(p.Id) && p.IsListed && p.ForceDelistReason == null && p.ApprovedContentJson != null).ToDictionaryAsync(p => p.Id, ct);
        var listings = await db.Products.AsNoTracking().Include(p => p.Skus)
            .Where(p => p.ShopId == shop && p.ConsignedFromProductId != null && productIds.Contains(p.ConsignedFromProductId.Value))
            .ToDictionaryAsync(p => p.ConsignedFromProductId!.Value, ct);
        var levels = await supply.LevelsAsync(shop, offers.Select(o => o.SupplierShopId).ToList(), ct);
        var suppliers = await merchants.FindShopsAsync(offers.Select(o => o.SupplierShopId).Distinct().ToList(), ct);
        var result = new List<ConsignableProduct>();
        foreach (var offer in offers)
        {
            if (!products.TryGetValue(offer.ProductId, out var product)) continue;
            var level = levels[offer.SupplierShopId];
            var listing = listings.GetValueOrDefault(product.Id);
            var skus = offer.Skus.Where(t => shared.ContainsKey((t.SkuId, offer.SupplierShopId)))
                .Select(t => (Terms: t, Sku: product.Skus.FirstOrDefault(s => s.Id == t.SkuId && s.IsApproved))).Where(x => x.Sku is not null)
                .OrderBy(x => x.Sku!.Code, StringComparer.Ordinal)
                .Select(x => new ConsignableSku(x.Sku!.Id, x.Sku.Code, x.Sku.SpecText, x.Terms.FloorPriceFen,
                    WholesalePrice.UnitPriceFor(x.Terms.Prices, level, 1) ?? 0, WholesalePrice.Format(x.Terms.Prices),
                    Math.Max(0, shared[(x.Sku.Id, offer.SupplierShopId)]),
                    listing?.Skus.FirstOrDefault(s => s.SourceSkuId == x.Sku.Id && s.IsApproved)?.RetailPriceFen)).ToList();
            if (skus.Count == 0) continue;
            result.Add(new ConsignableProduct(product.Id, product.ApprovedName ?? product.Name, offer.SupplierShopId,
                suppliers.TryGetValue(offer.SupplierShopId, out var s) ? s.Name : "", level, skus, listing?.Id, listing?.IsListed ?? false));
        }
        return result;
    }
}
