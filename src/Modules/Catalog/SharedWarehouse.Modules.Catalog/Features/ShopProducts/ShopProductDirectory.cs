using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Catalog.Features.ShopProducts;

/// A shop's products on sale, for its shop page (the view components here) and for decoration's choices
/// (IShopProductsOnSale). Always within one shop and only listed products with an approved version: a newer
/// draft under review stays invisible, as on the product page, and another shop's id is simply not found.
internal sealed class ShopProductDirectory(CatalogDbContext db) : IShopProductsOnSale
{
    /// The shop's products on sale, newest approval first, at most limit.
    public async Task<IReadOnlyList<ShopProduct>> ListOnSaleAsync(Guid shopId, int limit, CancellationToken ct)
    {
        var products = await OnSale(shopId).OrderByDescending(p => p.ApprovedUtc).ThenBy(p => p.Id).Take(limit).ToListAsync(ct);
        return products.Select(ToShopProduct).OfType<ShopProduct>().ToList();
    }

    /// Those of the given products that are on sale in this shop, in the order given (duplicates once).
    public async Task<IReadOnlyList<ShopProduct>> FindOnSaleAsync(Guid shopId, IReadOnlyCollection<Guid> productIds, CancellationToken ct)
    {
        if (productIds.Count == 0) return [];
        var ids = productIds.Distinct().ToList();
        var found = (await OnSale(shopId).Where(p => ids.Contains(p.Id)).ToListAsync(ct))
            .Select(ToShopProduct).OfType<ShopProduct>().ToDictionary(p => p.ProductId);
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    public async Task<IReadOnlySet<Guid>> WhichAreOnSaleAsync(Guid shopId, IReadOnlyCollection<Guid> productIds, CancellationToken ct) =>
        (await FindOnSaleAsync(shopId, productIds, ct)).Select(p => p.ProductId).ToHashSet();

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
