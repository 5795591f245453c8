using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Features.Consignment;

/// One supplier SKU as a reseller sees it: the floor, what it pays for one piece at its level, the supplier's full price
/// table, the stock shared with it, and its own retail price when it already sells the SKU.
public sealed record ConsignableSku(Guid SkuId, string Code, string SpecText, long FloorFen, long WholesaleFen, string PriceTable, long SharedAvailable, long? MyRetailFen);

public sealed record ConsignableProduct(Guid ProductId, string Name, Guid SupplierShopId, string SupplierName, ResellerLevel MyLevel,
    IReadOnlyList<ConsignableSku> Skus, Guid? ListingId, bool Listed);

/// What the signed-in reseller may consign-sell: open offers of other shops whose SKUs' stock a sharing grant shows it
/// (to it or to the whole platform). Nothing else is visible, and a SKU of an offer without shared stock is left out.
public sealed record BrowseConsignable(Guid OwnerId, Guid? ProductId = null) : IQuery<IReadOnlyList<ConsignableProduct>>;

internal sealed class BrowseConsignableHandler(CatalogDbContext db, IMerchantDirectory merchants, IStockAvailability stock, ConsignmentSupply supply)
    : IRequestHandler<BrowseConsignable, IReadOnlyList<ConsignableProduct>>
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<ConsignableProduct>> Handle(BrowseConsignable q, CancellationToken ct)
    {
        if (await merchants.ShopOfAsync(q.OwnerId, ct) is not { } shop) return [];
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

/// "代销": the reseller sells the supplier's product in its own shop at its own retail prices (yuan text per supplier
/// SKU id; blank = not sold), none below the supplier's floor. A product it already lists is repriced and put back on
/// sale. Answers the reseller's listing (a product of its shop). Errors: Retail[{skuId}].
public sealed record ConsignProduct(Guid OwnerId, Guid SupplierProductId, IReadOnlyDictionary<Guid, string?> Retail) : ICommand<Guid>;

internal sealed class ConsignProductHandler(CatalogDbContext db, IMerchantDirectory merchants, IRequestHandler<BrowseConsignable, IReadOnlyList<ConsignableProduct>> browse,
    Storefront.SearchIndexing search, TimeProvider time) : IRequestHandler<ConsignProduct, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(ConsignProduct c, CancellationToken ct)
    {
        if (await merchants.ShopOfAsync(c.OwnerId, ct) is not { } shop) return ShopScope.NoShop;
        // The same visibility rule as the browse page: a product not shared with this shop is not found.
        if ((await browse.Handle(new BrowseConsignable(c.OwnerId, c.SupplierProductId), ct)).FirstOrDefault() is not { } offered) return Error.NotFound();
        if (c.Retail.Keys.Any(id => offered.Skus.All(s => s.SkuId != id))) return Error.NotFound();
        var errors = new List<Error>();
        var prices = new Dictionary<Guid, long>();
        foreach (var sku in offered.Skus)
        {
            var text = c.Retail.GetValueOrDefault(sku.SkuId);
            if (string.IsNullOrWhiteSpace(text)) continue;
            var field = $"Retail[{sku.SkuId}]";
            if (!Prices.TryParseYuan(text, out var retail)) { errors.Add(Error.Validation(field, "请填写正确的零售价（元，最多两位小数）")); continue; }
            var floor = ConsignmentRules.CheckRetail(retail, sku.FloorFen, field);
            if (floor.IsFailure) { errors.AddRange(floor.Errors); continue; }
            prices[sku.SkuId] = retail;
        }
        if (errors.Count == 0 && prices.Count == 0) errors.Add(Error.Validation("", "请至少为一个规格填写零售价"));
        // SKU codes are unique within a shop: the consigned SKU keeps the supplier's code, so it may not clash with the shop's own.
        var codes = offered.Skus.Where(s => prices.ContainsKey(s.SkuId)).ToDictionary(s => s.Code, s => s.SkuId);
        var wanted = codes.Keys.ToList();
        var clashes = await db.Skus.AsNoTracking().Where(s => s.ShopId == shop && wanted.Contains(s.Code) && s.ProductId != offered.ListingId)
            .Select(s => s.Code).ToListAsync(ct);
        errors.AddRange(clashes.Select(code => Error.Validation($"Retail[{codes[code]}]", "本店已有编码为 {0} 的 SKU，不能再代销同编码的规格", code)));
        if (errors.Count > 0) return Result<Guid>.Failure(errors);

        var now = time.GetUtcNow().UtcDateTime;
        var source = await db.Products.Include(p => p.Skus).SingleAsync(p => p.Id == c.SupplierProductId, ct);
        Product listing;
        if (offered.ListingId is { } id)
        {
            listing = await db.Products.Include(p => p.Skus).SingleAsync(p => p.Id == id && p.ShopId == shop, ct);
            var repriced = listing.Reconsign(source, prices, now);
            if (repriced.IsFailure) return Result<Guid>.Failure(repriced.Errors);
        }
        else
        {
            var consigned = Product.Consign(shop, c.OwnerId, source, prices, now);
            if (consigned.IsFailure) return Result<Guid>.Failure(consigned.Errors);
            db.Products.Add(listing = consigned.Value);
        }
        await search.IndexAsync([listing], ct);
        return listing.Id;
    }
}
