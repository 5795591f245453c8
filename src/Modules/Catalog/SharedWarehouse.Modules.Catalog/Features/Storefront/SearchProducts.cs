using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Catalog.Features.Storefront;

public enum SearchSort { Relevance = 0, PriceAsc = 1, PriceDesc = 2, Sales = 3, Newest = 4 }

/// The storefront search across all shops: listed products in their approved version. Keyword: words separated by
/// spaces, each a substring (Chinese included) of the approved name, tags, brand or a SKU code; all must match.
/// Category includes its descendants; Min/Max (yuan) apply to the lowest approved SKU price; Region is a province,
/// city or district code and matches shops inside it; InStock keeps products with an approved SKU available.
public sealed record SearchProducts(string? Keyword = null, Guid? CategoryId = null, Guid? BrandId = null, decimal? Min = null,
    decimal? Max = null, string? Region = null, bool InStock = false, SearchSort Sort = SearchSort.Relevance, int Page = 1,
    int PageSize = SearchProducts.DefaultPageSize) : IQuery<Result<PagedResult<SearchHit>>>
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 60;
    public const int MaxKeywordLength = 40;
    /// Like the large marketplaces, a search offers at most 100 pages: nobody browses deeper (they refine the search),
    /// and counting every match of a broad search would cost each request far more than showing a page.
    public const int MaxPages = 100;
    public const int MaxWords = 5;

    /// "330000" (a province) → "33", "330100" (a city) → "3301", a district stays whole: shop codes are districts.
    public string? RegionPrefix => string.IsNullOrWhiteSpace(Region) ? null
        : Region.Trim().EndsWith("0000", StringComparison.Ordinal) ? Region.Trim()[..2]
        : Region.Trim().EndsWith("00", StringComparison.Ordinal) ? Region.Trim()[..4] : Region.Trim();

    /// The keyword's words, lower-cased as the search text is, without repeats.
    public IReadOnlyList<string> Words => string.IsNullOrWhiteSpace(Keyword) ? []
        : Keyword.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Take(MaxWords).ToList();
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

internal sealed class SearchProductsHandler(CatalogDbContext db, CatalogReferenceCache reference, IStockAvailability stock) : IRequestHandler<SearchProducts, Result<PagedResult<SearchHit>>>
{
    private sealed record Row(Guid Id, string? Name, long? PriceFen, Guid ShopId, string ShopName, List<OwnedSku> Skus);

    public async Task<Result<PagedResult<SearchHit>>> Handle(SearchProducts query, CancellationToken ct)
    {
        var size = Math.Clamp(query.PageSize, 1, SearchProducts.MaxPageSize);
        var number = Math.Clamp(query.Page, 1, SearchProducts.MaxPages);
        var cap = SearchProducts.MaxPages * size;
        var products = await FilterAsync(query, null, ct);
        var lead = query.Sort == SearchSort.Relevance && query.Words.Count > 0 ? LeadTerm(query.Words[0]) : null;
        var ordered = lead is null ? Sort(products, query.Sort, query.Words.FirstOrDefault())
            : ByRelevance(await FilterAsync(query, lead, ct), lead);

        List<Row> rows;
        int counted;
        if (query.InStock)
        {
            // Stock belongs to Inventory and changes with every reservation; rather than copying it here (and keeping
            // the copy exact on the hottest path), the matches are checked against Inventory's live figures in order,
            // until the offered pages are full. Correct at any moment; only this filter pays for it.
            var kept = await InStockIdsAsync(ordered, cap + 1, ct);
            counted = kept.Count;
            var pageIds = kept.Skip((number - 1) * size).Take(size).ToList();
            var loaded = await Project(db.Products.Where(p => pageIds.Contains(p.Id))).ToDictionaryAsync(r => r.Id, ct);
            rows = pageIds.Where(loaded.ContainsKey).Select(id => loaded[id]).ToList();
        }
        else
        {
            counted = await products.Take(cap + 1).CountAsync(ct);
            rows = counted <= (number - 1) * size ? [] : await Project(ordered.Skip((number - 1) * size).Take(size)).ToListAsync(ct);
        }

        var available = await stock.InStockAsync(rows.SelectMany(r => r.Skus).ToList(), ct);
        var hits = rows.Select(r => new SearchHit(r.Id, r.Name ?? "", r.PriceFen, r.ShopId, r.ShopName.Length > 0 ? r.ShopName : null,
            r.Skus.Any(k => available.Contains(k.SkuId)))).ToList();
        return new PagedResult<SearchHit>(hits, number, size, Math.Min(counted, cap), counted > cap);
    }

    /// exceptTerm: a term the caller joins on itself (the relevance order), left out here so that the planner sees
    /// the join as the only condition on it and reads the term's index in order.
    private async Task<IQueryable<Product>> FilterAsync(SearchProducts query, string? exceptTerm, CancellationToken ct)
    {
        // On sale = listed and not taken down by the platform (listing requires an approved version).
        var products = db.Products.AsNoTracking().Where(p => p.IsListed && p.ForceDelistReason == null);
        foreach (var word in query.Words)
        {
            // Each bigram of the word is an index lookup; the candidates they leave are checked for the whole word,
            // unless the word is a single bigram (the most common Chinese search: 白酒, 衬衫), which is exact already.
            var terms = SearchTerm.Of(word);
            foreach (var term in terms.Where(t => t != exceptTerm))
                products = products.Where(p => db.SearchTerms.Any(t => t.Term == term && t.ProductId == p.Id));
            if (!terms.Contains(word)) products = products.Where(p => p.SearchText.Contains(word));
        }
        if (query.CategoryId is { } categoryId)
        {
            var ids = Descendants(await reference.TreeAsync(db, ct), categoryId);
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

    /// The category and everything below it (the tree is depth-first: descendants follow their ancestor until a
    /// node at the same or a shallower depth).
    private static List<Guid?> Descendants(IReadOnlyList<CategoryNode> tree, Guid categoryId)
    {
        var start = tree.ToList().FindIndex(c => c.Id == categoryId);
        if (start < 0) return [categoryId];
        var ids = new List<Guid?> { categoryId };
        for (var i = start + 1; i < tree.Count && tree[i].Depth > tree[start].Depth; i++) ids.Add(tree[i].Id);
        return ids;
    }

    /// Relevance: products whose name has the keyword's first term (its first two characters: the whole keyword in the
    /// usual two-character search) come first, then those matching in tags, brand or codes; newest first within each.
    /// The order is that of the term index, so a page is read from it instead of sorting every match.
    private IQueryable<Product> ByRelevance(IQueryable<Product> products, string lead) =>
        from t in db.SearchTerms
        where t.Term == lead
        join p in products on t.ProductId equals p.Id
        orderby t.InName descending, t.CreatedUtc descending, t.ProductId descending
        select p;

    /// Id breaks ties so that paging never repeats or skips a product. Relevance without a lead term (a one-character
    /// keyword): name matches first, by the name itself.
    private static IQueryable<Product> Sort(IQueryable<Product> products, SearchSort sort, string? keyword) => sort switch
    {
        SearchSort.Relevance when keyword is not null => products
            .OrderBy(p => p.ApprovedName!.ToLower().Contains(keyword) ? 0 : 1).ThenByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id),
        SearchSort.PriceAsc => products.OrderBy(p => p.ListPriceFen).ThenByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id),
        SearchSort.PriceDesc => products.OrderByDescending(p => p.ListPriceFen).ThenByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id),
        SearchSort.Sales => products.OrderByDescending(p => p.SalesCount).ThenByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id),
        _ => products.OrderByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id),
    };

    private static string? LeadTerm(string keyword) =>
        keyword.Length >= SearchTerm.Length && SearchTerm.Of(keyword[..SearchTerm.Length]).Count == 1 ? keyword[..SearchTerm.Length] : null;

    /// The card's columns and the approved SKUs with the owner of their stock, in one query: a product's SKUs belong to
    /// its shop, except consignment SKUs, whose stock is the supplier's SKU (in stock = the supplier has it; the grant
    /// and the offer are checked on the product page and at checkout).
    private IQueryable<Row> Project(IQueryable<Product> products) =>
        products.Select(p => new Row(p.Id, p.ApprovedName, p.ListPriceFen, p.ShopId, p.ShopName,
            db.Skus.Where(s => s.ProductId == p.Id && s.IsApproved).Select(s => new OwnedSku(s.SourceSkuId ?? s.Id, s.SupplierShopId ?? s.ShopId)).ToList()));

    private async Task<List<(Guid ProductId, OwnedSku Sku)>> ApprovedSkusAsync(IReadOnlyCollection<Guid> productIds, CancellationToken ct)
    {
        var ids = productIds.ToList();
        var rows = await db.Skus.AsNoTracking().Where(s => s.IsApproved && ids.Contains(s.ProductId))
            .Select(s => new { s.ProductId, Id = s.SourceSkuId ?? s.Id, ShopId = s.SupplierShopId ?? s.ShopId }).ToListAsync(ct);
        return rows.Select(s => (s.ProductId, new OwnedSku(s.Id, s.ShopId))).ToList();
    }

    /// The ids of matching products in stock, in order, up to limit: checked a chunk at a time against Inventory.
    private async Task<List<Guid>> InStockIdsAsync(IQueryable<Product> ordered, int limit, CancellationToken ct)
    {
        const int chunk = 500;
        var kept = new List<Guid>();
        for (var offset = 0; kept.Count < limit; offset += chunk)
        {
            var ids = await ordered.Select(p => p.Id).Skip(offset).Take(chunk).ToListAsync(ct);
            var skus = await ApprovedSkusAsync(ids, ct);
            var available = await stock.InStockAsync(skus.Select(s => s.Sku).ToList(), ct);
            var inStock = skus.Where(s => available.Contains(s.Sku.SkuId)).Select(s => s.ProductId).ToHashSet();
            kept.AddRange(ids.Where(inStock.Contains));
            if (ids.Count < chunk) break;
        }
        return kept.Take(limit).ToList();
    }
}
