using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Features.Consignment;

/// "代销": the reseller sells the supplier's product in its own shop at its own retail prices (yuan text per supplier
/// SKU id; blank = not sold), none below the supplier's floor. A product it already lists is repriced and put back on
/// sale. Answers the reseller's listing (a product of its shop). Errors: Retail[{skuId}].
public sealed record ConsignProduct(Guid OwnerId, Guid SupplierProductId, IReadOnlyDictionary<Guid, string?> Retail) : ICommand<Guid>;

internal sealed class ConsignProductHandler(CatalogDbContext db, IShopAccess shops, IRequestHandler<BrowseConsignable, IReadOnlyList<ConsignableProduct>> browse,
    Storefront.SearchIndexing search, TimeProvider time) : IRequestHandler<ConsignProduct, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(ConsignProduct c, CancellationToken ct)
    {
        if (await shops.ActingShopIdAsync(c.OwnerId, ct) is not { } shop) return ShopErrors.NoShop;
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
