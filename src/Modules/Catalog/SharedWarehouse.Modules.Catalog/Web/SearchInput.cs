using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.Storefront;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Catalog.Web;

/// The storefront search form (GET): only these query-string values bind. Numbers and ids bind as typed values,
/// so "abc" in a price becomes a field message (格式不正确) instead of an exception.
public sealed class SearchInput
{
    public string? Q { get; set; }
    public Guid? Category { get; set; }
    public Guid? Brand { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public string? Region { get; set; }
    public bool InStock { get; set; }
    public SearchSort Sort { get; set; }
    public int Page { get; set; } = 1;

    public SearchProducts ToQuery() => new(Q, Category, Brand, Min, Max, Region, InStock, Sort, Page);
}

/// What the search and category pages show. Action: where the form and the pager point (/search or /categories/{id}).
public sealed record SearchPage(SearchInput Input, PagedResult<SearchHit> Results, string Action, string? CategoryName,
    IReadOnlyList<CategoryNode> Categories, IReadOnlyList<BrandView> Brands, IReadOnlyList<Region> Provinces)
{
    public static readonly (SearchSort Value, string Label)[] Sorts =
        [(SearchSort.Relevance, "综合"), (SearchSort.PriceAsc, "价格从低到高"), (SearchSort.PriceDesc, "价格从高到低"), (SearchSort.Sales, "销量"), (SearchSort.Newest, "最新上架")];
}
