using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.Modules.Catalog.Data;

internal sealed class ReturnPolicies(CatalogDbContext db) : IReturnPolicies
{
    public async Task<IReadOnlySet<Guid>> ProductsWithoutNoReasonReturnAsync(IReadOnlyCollection<Guid> productIds, CancellationToken ct)
    {
        if (productIds.Count == 0) return new HashSet<Guid>();
        var ids = productIds.Distinct().ToList();
        // What the buyer bought is the approved version, so its category counts; the draft's only before any approval.
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, CategoryId = p.ListedCategoryId ?? p.CategoryId }).ToListAsync(ct);
        if (products.Count == 0) return new HashSet<Guid>();
        // The whole tree is a few hundred rows at most and the setting may come from any ancestor: one read, no recursive SQL.
        var tree = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId, c.NoReasonReturns })
            .ToDictionaryAsync(c => c.Id, c => new NoReasonReturnRule.Node(c.ParentId, c.NoReasonReturns), ct);
        return products.Where(p => !NoReasonReturnRule.Allows(p.CategoryId, tree)).Select(p => p.Id).ToHashSet();
    }
}
