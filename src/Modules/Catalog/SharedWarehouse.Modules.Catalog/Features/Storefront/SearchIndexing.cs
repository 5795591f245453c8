using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Catalog.Features.Storefront;

/// Fills a product's search columns from its approved version. The shop's region is copied onto the product
/// because a shop's region is fixed when the shop is opened (Shop.RegionCode has no setter), so the copy
/// cannot go stale, and the region filter stays one indexed-column condition instead of a cross-module join. The
/// shop's name is copied for the same reason (fixed at opening), so a result page needs no call to Merchants.
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
            var shop = shops.GetValueOrDefault(product.ShopId);
            product.IndexForSearch(brand, shop?.RegionCode ?? "", shop?.Name ?? "");
        }
        await ReplaceTermsAsync(products, ct);
    }

    /// The inverted index follows the search text: terms it no longer has go, new ones come (saved with the caller's
    /// unit of work, so the index never disagrees with a committed product).
    private async Task ReplaceTermsAsync(IReadOnlyCollection<Product> products, CancellationToken ct)
    {
        var ids = products.Select(p => p.Id).ToList();
        var existing = (await db.SearchTerms.Where(t => ids.Contains(t.ProductId)).ToListAsync(ct)).ToLookup(t => t.ProductId);
        foreach (var product in products)
        {
            var wanted = SearchTerm.Of(product.SearchText);
            var inName = SearchTerm.Of((product.ApprovedName ?? "").ToLowerInvariant());
            var have = existing[product.Id].ToDictionary(t => t.Term, StringComparer.Ordinal);
            db.SearchTerms.RemoveRange(have.Values.Where(t => !wanted.Contains(t.Term)));
            foreach (var term in wanted)
                if (have.TryGetValue(term, out var kept)) kept.InName = inName.Contains(term);
                else db.SearchTerms.Add(new SearchTerm(product.Id, term, inName.Contains(term), product.CreatedUtc));
        }
    }
}

/// Products approved before the search columns (or the term index) existed: index them once at start-up.
internal sealed class SearchBackfill(CatalogDbContext db, SearchIndexing search) : IStartupTask
{
    public int Order => 25; // after the demo data; idempotent, finds nothing on later starts

    public async Task RunAsync(CancellationToken ct)
    {
        while (true)
        {
            var batch = await db.Products.Include(p => p.Skus)
                .Where(p => p.ApprovedContentJson != null && (p.SearchText == "" || p.ShopName == "" || !db.SearchTerms.Any(t => t.ProductId == p.Id)))
                .OrderBy(p => p.Id).Take(200).ToListAsync(ct);
            if (batch.Count == 0) return;
            await search.IndexAsync(batch, ct);
            if (batch.All(p => SearchTerm.Of(p.SearchText).Count == 0)) return; // nothing to index (names are required)
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
