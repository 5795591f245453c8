using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Catalog.Features.Queries;

/// The platform home page's promoted products: the hot-push grid (首页热推, IsHot) and the featured ad strip
/// (广告位精选, IsFeatured). Shows only what the product page would: listed products in their approved version.
public sealed record GetPromotedProducts(int HotCount = GetPromotedProducts.DefaultHotCount, int FeaturedCount = GetPromotedProducts.DefaultFeaturedCount)
    : IQuery<PromotedProducts>
{
    public const int DefaultHotCount = 12;
    public const int DefaultFeaturedCount = 4;
    public const int MaxCount = 48;
}

/// MinPriceFen: the lowest retail price among the approved SKUs (null if none is on sale); ImageUrl: the approved cover.
public sealed record PromotedProduct(Guid Id, string Name, string? ImageUrl, long? MinPriceFen, Guid ShopId, string? ShopName)
{
    public string Url => $"/products/{Id}";
}

public sealed record PromotedProducts(IReadOnlyList<PromotedProduct> Hot, IReadOnlyList<PromotedProduct> Featured)
{
    public static readonly PromotedProducts None = new([], []);
}

internal sealed class PromotedProductsHandler(CatalogDbContext db, IMerchantDirectory merchants) : IRequestHandler<GetPromotedProducts, PromotedProducts>
{
    public async Task<PromotedProducts> Handle(GetPromotedProducts query, CancellationToken ct)
    {
        var hot = await LoadAsync(p => p.IsHot, query.HotCount, ct);
        var featured = await LoadAsync(p => p.IsFeatured, query.FeaturedCount, ct);
        var shopIds = hot.Concat(featured).Select(p => p.ShopId).Distinct().ToList();
        var shops = shopIds.Count == 0 ? new Dictionary<Guid, ShopSummary>() : await merchants.FindShopsAsync(shopIds, ct);
        PromotedProduct View(Product p) => ToView(p, shops.TryGetValue(p.ShopId, out var shop) ? shop.Name : null);
        return new PromotedProducts(hot.Select(View).ToList(), featured.Select(View).ToList());
    }

    /// Order: most recently updated first (UpdatedUtc, which setting a flag also bumps, so a fresh promotion comes
    /// first), then Id so equal times keep a stable order. ForceDelistReason is checked too although a force-delist
    /// already clears IsListed: a product the platform took down must never be advertised.
    private async Task<List<Product>> LoadAsync(Expression<Func<Product, bool>> flagged, int count, CancellationToken ct)
    {
        count = Math.Clamp(count, 0, GetPromotedProducts.MaxCount);
        if (count == 0) return [];
        return await db.Products.AsNoTracking().Include(p => p.Skus)
            .Where(flagged)
            .Where(p => p.IsListed && p.ForceDelistReason == null && p.ApprovedContentJson != null)
            .OrderByDescending(p => p.UpdatedUtc).ThenBy(p => p.Id)
            .Take(count)
            .ToListAsync(ct);
    }

    /// The approved version only (a newer draft under review stays invisible), priced like the product page:
    /// approved SKUs that are part of the approved content.
    private static PromotedProduct ToView(Product p, string? shopName)
    {
        var content = p.ApprovedContent!;
        var approvedCodes = content.Skus.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var minPrice = p.Skus.Where(s => s.IsApproved && approvedCodes.Contains(s.Code)).Min(s => (long?)s.RetailPriceFen);
        var image = content.Images.Count > 0 ? $"/products/{p.Id}/images/1" : null;
        return new PromotedProduct(p.Id, content.Name, image, minPrice, p.ShopId, shopName);
    }
}
