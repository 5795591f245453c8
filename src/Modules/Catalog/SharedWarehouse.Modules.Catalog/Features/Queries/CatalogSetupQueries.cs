using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;

namespace SharedWarehouse.Modules.Catalog.Features.Queries;

/// The whole category tree, depth-first in display order (siblings by SortOrder, then name).
public sealed record GetCategoryTree : IQuery<IReadOnlyList<CategoryNode>>;

public sealed record ListBrands : IQuery<IReadOnlyList<BrandView>>;

internal sealed class CatalogSetupQueriesHandler(CatalogDbContext db, CatalogReferenceCache cache)
    : IRequestHandler<GetCategoryTree, IReadOnlyList<CategoryNode>>, IRequestHandler<ListBrands, IReadOnlyList<BrandView>>
{
    public Task<IReadOnlyList<CategoryNode>> Handle(GetCategoryTree query, CancellationToken ct) => cache.TreeAsync(db, ct);

    public Task<IReadOnlyList<BrandView>> Handle(ListBrands query, CancellationToken ct) => cache.BrandsAsync(db, ct);
}
