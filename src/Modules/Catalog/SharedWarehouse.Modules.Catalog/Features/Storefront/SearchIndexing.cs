using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Catalog.Features.Storefront;

/// Fills a product's search columns from its approved version. The shop's region is copied onto the product
/// because a shop's region is fixed when the shop is opened (Shop.RegionCode has no setter), so the copy
/// cannot go stale, and the region filter stays one indexed-column condition instead of a cross-module join.
internal sealed class SearchIndexing(CatalogDbContext db, IMerchantDirectory merchants)
{
    public async Task IndexAsync(IReadOnlyCollection<Product> products, CancellationToken ct)
    {
        if (products.Count == 0) return;
        var brandIds = products.Select(p => p.ApprovedContent?.BrandId).OfType<Guid>().Distinct().ToList();
        var brands = await db.Brands.AsNoTracking().Where(b => brandIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var shops = await merchants.FindShopsAsync(products.Select(p => p.ShopId).Distinct().ToList(), ct);
        foreach (var product in products)
        {
            var brand = product.ApprovedContent?.BrandId is { } b ? brands.GetValueOrDefault(b) : null;
            product.IndexForSearch(brand, shops.TryGetValue(product.ShopId, out var shop) ? shop.RegionCode : "");
        }
    }
}

/// Products approved before the search columns existed have an empty SearchText: index them once at start-up.
internal sealed class SearchBackfill(CatalogDbContext db, SearchIndexing search) : IStartupTask
{
    public int Order => 25; // after the demo data; idempotent, finds nothing on later starts

    public async Task RunAsync(CancellationToken ct)
    {
        while (true)
        {
            var batch = await db.Products.Include(p => p.Skus)
                .Where(p => p.ApprovedContentJson != null && p.SearchText == "").OrderBy(p => p.Id).Take(200).ToListAsync(ct);
            if (batch.Count == 0) return;
            await search.IndexAsync(batch, ct);
            if (batch.All(p => p.SearchText == "")) return; // nothing to index from (cannot happen: names are required)
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
