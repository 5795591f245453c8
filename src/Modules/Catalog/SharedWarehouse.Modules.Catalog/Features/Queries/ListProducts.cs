using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Catalog.Features.Queries;

/// The owner's products. Status "listed" = on sale; Sort: "updated" (default), "name", "price", "price_desc".
public sealed record ListOwnProducts(Guid OwnerId, string? Status = null, Guid? CategoryId = null, string? Keyword = null, string? Sort = null,
    int PageNumber = 1, int PageSize = 20) : IQuery<ProductList>;

/// Every shop's products for admins (to force-delist or promote): Listed = on sale only; newest change first.
public sealed record ListAllProducts(bool ListedOnly = true, string? Keyword = null, int PageNumber = 1, int PageSize = 20) : IQuery<PagedResult<AdminProductRow>>;

public sealed record AdminProductRow(Guid Id, string Name, Guid ShopId, ReviewStatus Status, bool IsListed, bool IsHot, bool IsFeatured, DateTime UpdatedUtc,
    Guid? MainImageId = null);

/// The admin queue: products waiting for review, oldest submission first.
public sealed record ListReviewQueue(int PageNumber = 1, int PageSize = 20) : IQuery<PagedResult<ReviewRow>>;

internal sealed class ListProductsHandler(CatalogDbContext db, IShopAccess shops)
    : IRequestHandler<ListOwnProducts, ProductList>, IRequestHandler<ListReviewQueue, PagedResult<ReviewRow>>, IRequestHandler<ListAllProducts, PagedResult<AdminProductRow>>
{
    public async Task<PagedResult<AdminProductRow>> Handle(ListAllProducts query, CancellationToken ct)
    {
        var products = db.Products.AsNoTracking();
        if (query.ListedOnly) products = products.Where(p => p.IsListed);
        if (!string.IsNullOrWhiteSpace(query.Keyword))
        {
            var keyword = query.Keyword.Trim();
            products = products.Where(p => p.Name.Contains(keyword) || (p.ApprovedName != null && p.ApprovedName.Contains(keyword)));
        }
        return await products.OrderByDescending(p => p.UpdatedUtc).ThenBy(p => p.Id)
            .Select(p => new AdminProductRow(p.Id, p.ApprovedName ?? p.Name, p.ShopId, p.Status, p.IsListed, p.IsHot, p.IsFeatured, p.UpdatedUtc,
                db.ProductImages.Where(i => i.ProductId == p.Id).OrderBy(i => i.SortOrder).Select(i => (Guid?)i.Id).FirstOrDefault()))
            .ToPagedResultAsync(query.PageNumber, query.PageSize, ct);
    }

    public async Task<ProductList> Handle(ListOwnProducts query, CancellationToken ct)
    {
        var shopId = await shops.ActingShopIdAsync(query.OwnerId, ct) ?? Guid.Empty; // no shop: an empty list
        var own = db.Products.AsNoTracking().Where(p => p.ShopId == shopId);
        var counts = await own.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(ReviewStatus s) => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0;
        var totals = new ProductTotals(counts.Sum(c => c.Count), Count(ReviewStatus.Draft), Count(ReviewStatus.Pending), Count(ReviewStatus.Rejected),
            Count(ReviewStatus.Approved), await own.CountAsync(p => p.IsListed, ct));

        var products = own;
        if (query.Status == "listed") products = products.Where(p => p.IsListed);
        else if (Enum.TryParse<ReviewStatus>(query.Status, ignoreCase: true, out var status)) products = products.Where(p => p.Status == status);
        if (query.CategoryId is { } categoryId) products = products.Where(p => p.CategoryId == categoryId);
        if (!string.IsNullOrWhiteSpace(query.Keyword))
        {
            var keyword = query.Keyword.Trim();
            products = products.Where(p => p.Name.Contains(keyword) || p.Tags.Contains(keyword) || p.Skus.Any(s => s.Code.Contains(keyword)));
        }
        var rows = products.Select(p => new
        {
            p.Id, p.Name, p.CategoryId, p.Status, p.IsListed, p.ApprovedContentJson, p.ForceDelistReason, p.UpdatedUtc,
            SkuCount = p.Skus.Count(), MinPrice = p.Skus.Min(s => (long?)s.RetailPriceFen) ?? 0,
            MainImage = db.ProductImages.Where(i => i.ProductId == p.Id).OrderBy(i => i.SortOrder).Select(i => (Guid?)i.Id).FirstOrDefault(),
        });
        rows = query.Sort switch
        {
            "name" => rows.OrderBy(r => r.Name).ThenBy(r => r.Id),
            "price" => rows.OrderBy(r => r.MinPrice).ThenBy(r => r.Id),
            "price_desc" => rows.OrderByDescending(r => r.MinPrice).ThenBy(r => r.Id),
            _ => rows.OrderByDescending(r => r.UpdatedUtc).ThenBy(r => r.Id),
        };
        var page = await rows.ToPagedResultAsync(query.PageNumber, query.PageSize, ct);
        var categoryIds = page.Items.Select(r => r.CategoryId).Distinct().ToList();
        var names = await db.Categories.AsNoTracking().Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return new ProductList(page.Map(r => new ProductRow(r.Id, r.Name, names.GetValueOrDefault(r.CategoryId, ""), r.Status, r.IsListed,
            r.ApprovedContentJson != null, r.ForceDelistReason, r.SkuCount, r.MinPrice, r.UpdatedUtc, r.MainImage)), totals);
    }

    public async Task<PagedResult<ReviewRow>> Handle(ListReviewQueue query, CancellationToken ct)
    {
        var pending = db.Products.AsNoTracking().Where(p => p.Status == ReviewStatus.Pending);
        return await pending.OrderBy(p => p.SubmittedUtc).ThenBy(p => p.Id)
            .Select(p => new ReviewRow(p.Id, p.Name, p.ShopId, p.ApprovedContentJson != null, p.SubmittedUtc, p.Findings.Count()))
            .ToPagedResultAsync(query.PageNumber, query.PageSize, ct);
    }
}
