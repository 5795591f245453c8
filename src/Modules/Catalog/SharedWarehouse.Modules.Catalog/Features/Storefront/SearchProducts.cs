using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Features.Storefront;

public enum SearchSort { Relevance = 0, PriceAsc = 1, PriceDesc = 2, Sales = 3, Newest = 4 }

/// The storefront search across all shops: listed products in their approved version. Keyword: a substring
/// (Chinese included) of the approved name, tags, brand or a SKU code. Category includes its descendants;
/// Min/Max (yuan) apply to the lowest approved SKU price; Region is a province, city or district code and
/// matches shops inside it; InStock keeps products with at least one approved SKU available.
public sealed record SearchProducts(string? Keyword = null, Guid? CategoryId = null, Guid? BrandId = null, decimal? Min = null,
    decimal? Max = null, string? Region = null, bool InStock = false, SearchSort Sort = SearchSort.Relevance, int Page = 1,
    int PageSize = SearchProducts.DefaultPageSize) : IQuery<Result<Page<SearchHit>>>
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 60;
    public const int MaxKeywordLength = 40;

    /// "330000" (a province) → "33", "330100" (a city) → "3301", a district stays whole: shop codes are districts.
    public string? RegionPrefix => string.IsNullOrWhiteSpace(Region) ? null
        : Region.Trim().EndsWith("0000", StringComparison.Ordinal) ? Region.Trim()[..2]
        : Region.Trim().EndsWith("00", StringComparison.Ordinal) ? Region.Trim()[..4] : Region.Trim();
}

/// One result card. PriceFen: the lowest approved SKU price; the cover is the approved version's first image.
public sealed record SearchHit(Guid Id, string Name, long? PriceFen, Guid ShopId, string? ShopName, bool InStock)
{
    public string Url => $"/products/{Id}";
    public string ImageUrl => $"/products/{Id}/images/1";
}

internal sealed class SearchProductsValidator : AbstractValidator<SearchProducts>
{
    public SearchProductsValidator()
    {
        RuleFor(q => q.Keyword).MaximumLength(SearchProducts.MaxKeywordLength).WithText("关键词最多 {MaxLength} 个字");
        RuleFor(q => q.Min).GreaterThanOrEqualTo(0).WithText("价格不能为负数").LessThan(100_000_000).WithText("价格过大");
        RuleFor(q => q.Max).GreaterThanOrEqualTo(0).WithText("价格不能为负数").LessThan(100_000_000).WithText("价格过大");
        RuleFor(q => q.Max).Must((q, max) => max >= q.Min).When(q => q.Min is not null && q.Max is not null)
            .WithText("最高价不能低于最低价");
        RuleFor(q => q.Region).Matches("^[0-9]{6}$").When(q => !string.IsNullOrWhiteSpace(q.Region)).WithText("请选择正确的地区");
    }
}

internal sealed class SearchProductsHandler(CatalogDbContext db, IMerchantDirectory merchants, IStockAvailability stock)
    : IRequestHandler<SearchProducts, Result<Page<SearchHit>>>
{
    private sealed record Row(Guid Id, string? Name, long? PriceFen, Guid ShopId);

    public async Task<Result<Page<SearchHit>>> Handle(SearchProducts query, CancellationToken ct)
    {
        var size = Math.Clamp(query.PageSize, 1, SearchProducts.MaxPageSize);
        var number = Math.Max(1, query.Page);
        var keyword = string.IsNullOrWhiteSpace(query.Keyword) ? null : query.Keyword.Trim().ToLowerInvariant();
        var products = await FilterAsync(query, keyword, ct);
        var ordered = Sort(products, query.Sort, keyword);

        List<Row> rows;
        int total;
        HashSet<Guid>? inStock = null;
        if (query.InStock)
        {
            // Stock belongs to Inventory and changes with every reservation; rather than copying it here (and keeping
            // the copy exact on the hottest path), the matching ids are checked against Inventory's live figures, then
            // counted and paged. Correct at any moment; it costs a stock lookup for every match, so only this filter pays.
            var ids = await ordered.Select(p => p.Id).ToListAsync(ct);
            inStock = await InStockAsync(ids, ct);
            var kept = ids.Where(inStock.Contains).ToList();
            total = kept.Count;
            var pageIds = kept.Skip((number - 1) * size).Take(size).ToList();
            var loaded = await Project(db.Products.Where(p => pageIds.Contains(p.Id))).ToDictionaryAsync(r => r.Id, ct);
            rows = pageIds.Where(loaded.ContainsKey).Select(id => loaded[id]).ToList();
        }
        else
        {
            total = await products.CountAsync(ct);
            rows = total == 0 ? [] : await Project(ordered.Skip((number - 1) * size).Take(size)).ToListAsync(ct);
            inStock = rows.Count == 0 ? [] : await InStockAsync(rows.Select(r => r.Id).ToList(), ct);
        }

        var shops = rows.Count == 0 ? new Dictionary<Guid, ShopSummary>()
            : await merchants.FindShopsAsync(rows.Select(r => r.ShopId).Distinct().ToList(), ct);
        var hits = rows.Select(r => new SearchHit(r.Id, r.Name ?? "", r.PriceFen, r.ShopId,
            shops.TryGetValue(r.ShopId, out var shop) ? shop.Name : null, inStock.Contains(r.Id))).ToList();
        return new Page<SearchHit>(hits, number, size, total);
    }

    private async Task<IQueryable<Product>> FilterAsync(SearchProducts query, string? keyword, CancellationToken ct)
    {
        // IsListed implies an approved version (List refuses otherwise); the other two conditions say it again
        // so that a product the platform took down can never show up here.
        var products = db.Products.AsNoTracking().Where(p => p.IsListed && p.ForceDelistReason == null && p.ApprovedContentJson != null);
        if (keyword is not null) products = products.Where(p => p.SearchText.Contains(keyword));
        if (query.CategoryId is { } categoryId)
        {
            var tree = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId }).ToListAsync(ct);
            var children = tree.ToLookup(c => c.ParentId, c => c.Id);
            var ids = new List<Guid?>();
            var pending = new Stack<Guid>([categoryId]);
            while (pending.Count > 0 && ids.Count <= tree.Count)
            {
                var id = pending.Pop();
                ids.Add(id);
                foreach (var child in children[id]) pending.Push(child);
            }
            products = products.Where(p => ids.Contains(p.ListedCategoryId));
        }
        if (query.BrandId is { } brandId) products = products.Where(p => p.ListedBrandId == brandId);
        if (query.Min is { } min)
        {
            var minFen = (long)Math.Ceiling(min * 100);
            products = products.Where(p => p.ListPriceFen >= minFen);
        }
        if (query.Max is { } max)
        {
            var maxFen = (long)Math.Floor(max * 100);
            products = products.Where(p => p.ListPriceFen <= maxFen);
        }
        if (query.RegionPrefix is { } region) products = products.Where(p => p.ShopRegionCode.StartsWith(region));
        return products;
    }

    /// Relevance: a keyword in the name first, then matches in tags, brand or codes; newest first within each.
    /// Id breaks ties so that paging never repeats or skips a product.
    private static IQueryable<Product> Sort(IQueryable<Product> products, SearchSort sort, string? keyword) => sort switch
    {
        SearchSort.Relevance when keyword is not null => products
            .OrderBy(p => p.ApprovedName!.ToLower().Contains(keyword) ? 0 : 1).ThenByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id),
        SearchSort.PriceAsc => products.OrderBy(p => p.ListPriceFen).ThenByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id),
        SearchSort.PriceDesc => products.OrderByDescending(p => p.ListPriceFen).ThenByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id),
        SearchSort.Sales => products.OrderByDescending(p => p.SalesCount).ThenByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id),
        _ => products.OrderByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id),
    };

    private static IQueryable<Row> Project(IQueryable<Product> products) =>
        products.Select(p => new Row(p.Id, p.ApprovedName, p.ListPriceFen, p.ShopId));

    /// The products among these with at least one approved SKU that its owner can sell now.
    private async Task<HashSet<Guid>> InStockAsync(IReadOnlyCollection<Guid> productIds, CancellationToken ct)
    {
        var result = new HashSet<Guid>();
        foreach (var chunk in productIds.Chunk(1000))
        {
            var skus = await db.Skus.AsNoTracking().Where(s => s.IsApproved && chunk.Contains(s.ProductId))
                .Select(s => new { s.Id, s.ProductId }).ToListAsync(ct);
            if (skus.Count == 0) continue;
            var available = await stock.AvailableAsync(skus.Select(s => s.Id).ToList(), ct);
            result.UnionWith(skus.Where(s => available.GetValueOrDefault(s.Id) > 0).Select(s => s.ProductId));
        }
        return result;
    }
}
