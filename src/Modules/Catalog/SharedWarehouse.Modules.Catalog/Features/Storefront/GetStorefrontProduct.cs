using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Catalog.Features.Storefront;

/// What shoppers see: only an approved and listed product, in its approved version (a newer draft under review
/// stays invisible), with the approved SKUs at their current prices and their available quantity.
public sealed record GetStorefrontProduct(Guid ProductId) : IQuery<StorefrontProduct?>;

internal sealed class GetStorefrontProductHandler(CatalogDbContext db, IStockAvailability stock,
    IMerchantDirectory merchants, IRegionCatalog regions, Data.ConsignmentSupply consignment) : IRequestHandler<GetStorefrontProduct, StorefrontProduct?>
{
    public async Task<StorefrontProduct?> Handle(GetStorefrontProduct query, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().Include(p => p.Skus)
            .FirstOrDefaultAsync(p => p.Id == query.ProductId && p.IsListed && p.ApprovedContentJson != null, ct);
        if (product?.ApprovedContent is not { } content) return null;
        var category = await db.Categories.AsNoTracking().Where(c => c.Id == content.CategoryId).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "";
        var brand = content.BrandId is { } b ? await db.Brands.AsNoTracking().Where(x => x.Id == b).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var approvedCodes = content.Skus.Select(s => s.Code).ToHashSet();
        var skus = product.Skus.Where(s => s.IsApproved && approvedCodes.Contains(s.Code)).OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        var available = await stock.AvailableAsync(skus.Select(s => s.Id).ToList(), ct);
        // A consignment SKU whose supplier stopped offering it is shown, like any unsellable SKU, as out of stock.
        if (product.IsConsignment)
        {
            var offered = await consignment.ActiveAsync(skus, ct);
            available = available.ToDictionary(a => a.Key, a => offered.ContainsKey(a.Key) ? a.Value : 0);
        }
        return new StorefrontProduct(product.Id, content.Name, category, brand, MarkdownText.ToHtml(content.Description),
            content.Tags.Split(',', StringSplitOptions.RemoveEmptyEntries), content.Attributes, content.Images.Count,
            skus.Select(s => new StorefrontSku(s.Id, s.Code, content.Skus.First(x => x.Code == s.Code).SpecText, s.RetailPriceFen,
                PriceTier.Format(s.Tiers), Math.Max(0, available.GetValueOrDefault(s.Id)))).ToList(), await ShopCardAsync(product.ShopId, ct));
    }

    private async Task<ShopCard?> ShopCardAsync(Guid shopId, CancellationToken ct)
    {
        if ((await merchants.FindShopsAsync([shopId], ct)).GetValueOrDefault(shopId) is not { } shop) return null;
        return new ShopCard(shop.ShopId, shop.Name, regions.FullName(shop.RegionCode));
    }
}
