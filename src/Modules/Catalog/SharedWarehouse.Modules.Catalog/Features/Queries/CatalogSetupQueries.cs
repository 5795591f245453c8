using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;

namespace SharedWarehouse.Modules.Catalog.Features.Queries;

/// The whole category tree, depth-first in display order (siblings by SortOrder, then name).
public sealed record GetCategoryTree : IQuery<IReadOnlyList<CategoryNode>>;

public sealed record ListBrands : IQuery<IReadOnlyList<BrandView>>;

internal sealed class CatalogSetupQueriesHandler(CatalogDbContext db)
    : IRequestHandler<GetCategoryTree, IReadOnlyList<CategoryNode>>, IRequestHandler<ListBrands, IReadOnlyList<BrandView>>
{
    public async Task<IReadOnlyList<CategoryNode>> Handle(GetCategoryTree query, CancellationToken ct)
    {
        var all = await db.Categories.AsNoTracking().Include(c => c.Attributes).ToListAsync(ct);
        var children = all.ToLookup(c => c.ParentId);
        var result = new List<CategoryNode>();
        void Walk(Guid? parent, int depth)
        {
            foreach (var c in children[parent].OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.Ordinal))
            {
                result.Add(new CategoryNode(c.Id, c.Name, c.ParentId, c.SortOrder, depth,
                    c.Attributes.OrderBy(a => a.SortOrder).Select(a => new AttributeView(a.Id, a.Name, a.Type, a.Unit, a.Required)).ToList()));
                if (depth < 10) Walk(c.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return result;
    }

    public async Task<IReadOnlyList<BrandView>> Handle(ListBrands query, CancellationToken ct) =>
        (await db.Brands.AsNoTracking().Select(b => new BrandView(b.Id, b.Name)).ToListAsync(ct)).OrderBy(b => b.Name, StringComparer.Ordinal).ToList();
}
