using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Features.Consignment;

/// One SKU row of the supplier's consignment form as typed (yuan text); a row with both blank is not offered.
public sealed record SkuTermsInput(Guid SkuId, string? Floor, string? Prices);

/// The supplier opens (or closes) one of its approved products for consignment, with per-SKU floor and wholesale prices.
/// Errors name the row: Skus[i].Floor, Skus[i].Prices.
public sealed record SetConsignmentTerms(Guid OwnerId, Guid ProductId, bool Open, IReadOnlyList<SkuTermsInput> Skus) : ICommand;

internal sealed class SetConsignmentTermsHandler(CatalogDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<SetConsignmentTerms, Result>
{
    public async Task<Result> Handle(SetConsignmentTerms c, CancellationToken ct)
    {
        if (await merchants.ShopOfAsync(c.OwnerId, ct) is not { } shop) return ShopScope.NoShop;
        var product = await db.Products.Include(p => p.Skus).FirstOrDefaultAsync(p => p.Id == c.ProductId && p.ShopId == shop, ct);
        if (product is null || product.IsConsignment) return Error.NotFound();
        if (!product.HasApprovedVersion) return Error.Conflict("商品通过审核后才能开放代销");
        var errors = new List<Error>();
        var terms = new List<SkuTermsDraft>();
        for (var i = 0; i < c.Skus.Count; i++)
        {
            var row = c.Skus[i];
            if (string.IsNullOrWhiteSpace(row.Floor) && string.IsNullOrWhiteSpace(row.Prices)) continue;
            if (!product.Skus.Any(s => s.Id == row.SkuId && s.IsApproved)) return Error.NotFound();
            var (floorField, pricesField) = ($"Skus[{i}].Floor", $"Skus[{i}].Prices");
            var floorOk = Prices.TryParseYuan(row.Floor, out var floor);
            if (!floorOk) errors.Add(Error.Validation(floorField, "请填写正确的最低零售价（元，最多两位小数）"));
            var prices = WholesalePrice.Parse(row.Prices, pricesField);
            if (prices.IsFailure) { errors.AddRange(prices.Errors); continue; }
            if (!floorOk) continue;
            var checkedTerms = ConsignmentRules.CheckTerms(floor, prices.Value, floorField, pricesField);
            if (checkedTerms.IsFailure) { errors.AddRange(checkedTerms.Errors); continue; }
            terms.Add(new SkuTermsDraft(row.SkuId, floor, prices.Value));
        }
        if (errors.Count > 0) return Result.Failure(errors);
        var now = time.GetUtcNow().UtcDateTime;
        var offer = await db.ConsignmentOffers.Include(o => o.Skus).FirstOrDefaultAsync(o => o.ProductId == product.Id, ct);
        if (offer is null) db.ConsignmentOffers.Add(offer = ConsignmentOffer.Create(shop, product.Id, now));
        return offer.SetTerms(c.Open, terms, now);
    }
}

public sealed record SkuTermsRow(Guid SkuId, string Code, string SpecText, long RetailPriceFen, string Floor, string Prices);
public sealed record ConsignmentTermsView(Guid ProductId, string Name, bool HasApprovedVersion, bool IsOpen, IReadOnlyList<SkuTermsRow> Skus);

/// The supplier's own product with its consignment terms (null for another shop's product or a consignment listing).
public sealed record GetConsignmentTerms(Guid OwnerId, Guid ProductId) : IQuery<ConsignmentTermsView?>;

internal sealed class GetConsignmentTermsHandler(CatalogDbContext db, IMerchantDirectory merchants) : IRequestHandler<GetConsignmentTerms, ConsignmentTermsView?>
{
    public async Task<ConsignmentTermsView?> Handle(GetConsignmentTerms q, CancellationToken ct)
    {
        if (await merchants.ShopOfAsync(q.OwnerId, ct) is not { } shop) return null;
        var product = await db.Products.AsNoTracking().Include(p => p.Skus).FirstOrDefaultAsync(p => p.Id == q.ProductId && p.ShopId == shop, ct);
        if (product is null || product.IsConsignment) return null;
        var offer = await db.ConsignmentOffers.AsNoTracking().Include(o => o.Skus).FirstOrDefaultAsync(o => o.ProductId == product.Id, ct);
        return new ConsignmentTermsView(product.Id, product.ApprovedName ?? product.Name, product.HasApprovedVersion, offer?.IsOpen ?? false,
            product.Skus.Where(s => s.IsApproved).OrderBy(s => s.Code, StringComparer.Ordinal).Select(s =>
            {
                var t = offer?.Skus.FirstOrDefault(x => x.SkuId == s.Id);
                return new SkuTermsRow(s.Id, s.Code, s.SpecText, s.RetailPriceFen, t is null ? "" : Money.Yuan(t.FloorPriceFen),
                    t is null ? "" : WholesalePrice.Format(t.Prices));
            }).ToList());
    }
}

/// The supplier grades a reseller shop (found by its exact name); its wholesale prices follow the level.
public sealed record SetResellerLevel(Guid OwnerId, string? ShopName, ResellerLevel? Level) : ICommand;

internal sealed class SetResellerLevelHandler(CatalogDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<SetResellerLevel, Result>
{
    public async Task<Result> Handle(SetResellerLevel c, CancellationToken ct)
    {
        if (await merchants.ShopOfAsync(c.OwnerId, ct) is not { } shop) return ShopScope.NoShop;
        var errors = new List<Error>();
        if (c.Level is not { } level || !Enum.IsDefined(level)) errors.Add(Error.Validation("Level", "请选择分销等级"));
        var reseller = string.IsNullOrWhiteSpace(c.ShopName) ? null : await merchants.FindShopByNameAsync(c.ShopName.Trim(), ct);
        if (string.IsNullOrWhiteSpace(c.ShopName)) errors.Add(Error.Validation("ShopName", "请填写店铺名称"));
        else if (reseller is null) errors.Add(Error.Validation("ShopName", "找不到该店铺"));
        else if (reseller.ShopId == shop) errors.Add(Error.Validation("ShopName", "不能给自己的店铺设置等级"));
        if (errors.Count > 0) return Result.Failure(errors);
        var now = time.GetUtcNow().UtcDateTime;
        var tier = await db.ResellerTiers.FirstOrDefaultAsync(t => t.SupplierShopId == shop && t.ResellerShopId == reseller!.ShopId, ct);
        if (tier is null) db.ResellerTiers.Add(new ResellerTier(shop, reseller!.ShopId, c.Level!.Value, now));
        else tier.Change(c.Level!.Value, now);
        return Result.Success();
    }
}

public sealed record ResellerLevelRow(Guid ResellerShopId, string ShopName, ResellerLevel Level, DateTime UpdatedUtc);

/// The levels the signed-in supplier gave.
public sealed record ListResellerLevels(Guid OwnerId) : IQuery<IReadOnlyList<ResellerLevelRow>>;

internal sealed class ListResellerLevelsHandler(CatalogDbContext db, IMerchantDirectory merchants) : IRequestHandler<ListResellerLevels, IReadOnlyList<ResellerLevelRow>>
{
    public async Task<IReadOnlyList<ResellerLevelRow>> Handle(ListResellerLevels q, CancellationToken ct)
    {
        if (await merchants.ShopOfAsync(q.OwnerId, ct) is not { } shop) return [];
        var tiers = await db.ResellerTiers.AsNoTracking().Where(t => t.SupplierShopId == shop).OrderByDescending(t => t.UpdatedUtc).Take(500).ToListAsync(ct);
        var shops = await merchants.FindShopsAsync(tiers.Select(t => t.ResellerShopId).ToList(), ct);
        return tiers.Select(t => new ResellerLevelRow(t.ResellerShopId, shops.TryGetValue(t.ResellerShopId, out var s) ? s.Name : "", t.Level, t.UpdatedUtc)).ToList();
    }
}
