using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.Modules.Catalog.Data;

/// Shop pages read the approved version only: a newer draft under review stays invisible, as on the product page.
internal sealed class ShopProductDirectory(CatalogDbContext db) : IShopProductDirectory
{
    public async Task<IReadOnlyList<ShopProduct>> ListOnSaleAsync(Guid shopId, int limit, CancellationToken ct)
    {
        var products = await OnSale(shopId).OrderByDescending(p => p.ApprovedUtc).ThenBy(p => p.Id).Take(limit).ToListAsync(ct);
        return products.Select(ToShopProduct).OfType<ShopProduct>().ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, ShopProduct>> FindOnSaleAsync(Guid shopId, IReadOnlyCollection<Guid> productIds, CancellationToken ct)
    {
        if (productIds.Count == 0) return new Dictionary<Guid, ShopProduct>();
        var ids = productIds.Distinct().ToList();
        var products = await OnSale(shopId).Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        return products.Select(ToShopProduct).OfType<ShopProduct>().ToDictionary(p => p.ProductId);
    }

    private IQueryable<Product> OnSale(Guid shopId) =>
        db.Products.AsNoTracking().Include(p => p.Skus).Where(p => p.ShopId == shopId && p.IsListed && p.ApprovedContentJson != null);

    /// Only SKUs of the approved version are sold (as on the product page); a product without one is left out.
    private static ShopProduct? ToShopProduct(Product p)
    {
        if (p.ApprovedContent is not { } content) return null;
        var codes = content.Skus.Select(s => s.Code).ToHashSet();
        var prices = p.Skus.Where(s => s.IsApproved && codes.Contains(s.Code)).Select(s => s.RetailPriceFen).ToList();
        if (prices.Count == 0) return null;
        return new ShopProduct(p.Id, p.ShopId, p.ApprovedName ?? content.Name, prices.Min(),
            content.Images.Count > 0 ? $"/products/{p.Id}/images/1" : null);
    }
}
