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

internal sealed class SetConsignmentTermsHandler(CatalogDbContext db, IShopAccess shops, TimeProvider time) : IRequestHandler<SetConsignmentTerms, Result>
{
    public async Task<Result> Handle(SetConsignmentTerms c, CancellationToken ct)
    {
        if (await shops.ActingShopIdAsync(c.OwnerId, ct) is not { } shop) return ShopErrors.NoShop;
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
