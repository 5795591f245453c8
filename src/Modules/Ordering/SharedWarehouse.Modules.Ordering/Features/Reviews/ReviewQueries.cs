using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Ordering.Features.Reviews;

public sealed record ReviewView(Guid Id, Guid ProductId, string ProductName, int Rating, string Text, DateTime CreatedUtc, string? Reply, DateTime? RepliedUtc,
    IReadOnlyList<Guid> ImageIds)
{
    /// Photos are served by review and image id together (see FindReviewImage).
    public string ImageUrl(Guid imageId) => $"/reviews/{Id}/images/{imageId}";

    internal static readonly Expression<Func<Review, ReviewView>> FromReview = r => new ReviewView(r.Id, r.ProductId, r.ProductName, r.Rating, r.Text,
        r.CreatedUtc, r.Reply, r.RepliedUtc, r.Images.OrderBy(i => i.SortOrder).Select(i => i.Id).ToList());
}

/// A product's latest reviews with its rating (shown on the product page to everyone).
public sealed record ListProductReviews(Guid ProductId, int Take = 20) : IQuery<(RatingView? Rating, IReadOnlyList<ReviewView> Reviews)>;

internal sealed class ListProductReviewsHandler(OrderingDbContext db, IRatings ratings) : IRequestHandler<ListProductReviews, (RatingView?, IReadOnlyList<ReviewView>)>
{
    public async Task<(RatingView?, IReadOnlyList<ReviewView>)> Handle(ListProductReviews q, CancellationToken ct)
    {
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.ProductId == q.ProductId).OrderByDescending(r => r.CreatedUtc).Take(q.Take)
            .Select(ReviewView.FromReview).ToListAsync(ct);
        return ((await ratings.ForProductsAsync([q.ProductId], ct)).GetValueOrDefault(q.ProductId), reviews);
    }
}

/// The merchant's reviews (its own shop only), optionally only those still unanswered.
public sealed record ListShopReviews(Guid UserId, bool UnrepliedOnly, int PageNumber = 1, int PageSize = 20) : IQuery<(RatingView? Rating, PagedResult<ReviewView> Page)>;

internal sealed class ListShopReviewsHandler(OrderingDbContext db, IMerchantDirectory merchants, IRatings ratings)
    : IRequestHandler<ListShopReviews, (RatingView?, PagedResult<ReviewView>)>
{
    public async Task<(RatingView?, PagedResult<ReviewView>)> Handle(ListShopReviews q, CancellationToken ct)
    {
        if (await merchants.FindShopOfOwnerAsync(q.UserId, ct) is not { } shop) return (null, PagedResult<ReviewView>.Empty(q.PageSize));
        var reviews = db.Reviews.AsNoTracking().Where(r => r.ShopId == shop.ShopId && (!q.UnrepliedOnly || r.Reply == null));
        var page = await reviews.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id)
            .Select(ReviewView.FromReview).ToPagedResultAsync(q.PageNumber, q.PageSize, ct);
        return ((await ratings.ForShopsAsync([shop.ShopId], ct)).GetValueOrDefault(shop.ShopId), page);
    }
}

/// Which lines of the buyer's order can still be reviewed (received, not yet reviewed).
public sealed record ReviewableLines(Guid BuyerId, Guid OrderId) : IQuery<IReadOnlySet<Guid>>;

internal sealed class ReviewableLinesHandler(OrderingDbContext db) : IRequestHandler<ReviewableLines, IReadOnlySet<Guid>>
{
    public async Task<IReadOnlySet<Guid>> Handle(ReviewableLines q, CancellationToken ct) =>
        (await (from o in db.Orders
                from s in o.SubOrders
                from l in s.Lines
                where o.Id == q.OrderId && o.BuyerId == q.BuyerId && s.Status == OrderStatus.Received && !db.Reviews.Any(r => r.OrderLineId == l.Id)
                select l.Id).ToListAsync(ct)).ToHashSet();
}

/// The signed-in buyer's own reviews (newest first) and the received lines still waiting for one.
public sealed record ListMyReviews(Guid BuyerId, int PageNumber = 1, int PageSize = 10) : IQuery<MyReviews>;

public sealed record MyReviews(PagedResult<ReviewView> Reviews, IReadOnlyList<AwaitingReview> Awaiting);

public sealed record AwaitingReview(Guid OrderId, string OrderNumber, Guid LineId, string ProductName, string SpecText);

internal sealed class ListMyReviewsHandler(OrderingDbContext db) : IRequestHandler<ListMyReviews, MyReviews>
{
    private const int AwaitingLimit = 50;

    public async Task<MyReviews> Handle(ListMyReviews q, CancellationToken ct)
    {
        var mine = db.Reviews.AsNoTracking().Where(r => r.BuyerId == q.BuyerId);
        var page = await mine.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id)
            .Select(ReviewView.FromReview).ToPagedResultAsync(q.PageNumber, q.PageSize, ct);
        var awaiting = await (from o in db.Orders
                              from s in o.SubOrders
                              from l in s.Lines
                              where o.BuyerId == q.BuyerId && s.Status == OrderStatus.Received && !db.Reviews.Any(r => r.OrderLineId == l.Id)
                              orderby o.PlacedUtc descending
                              select new AwaitingReview(o.Id, o.Number, l.Id, l.ProductName, l.SpecText)).Take(AwaitingLimit).ToListAsync(ct);
        return new MyReviews(page, awaiting);
    }
}

/// The stored name of a review photo, only when the image belongs to that review; null otherwise (as if missing).
public sealed record FindReviewImage(Guid ReviewId, Guid ImageId) : IQuery<string?>;

internal sealed class FindReviewImageHandler(OrderingDbContext db) : IRequestHandler<FindReviewImage, string?>
{
    public Task<string?> Handle(FindReviewImage q, CancellationToken ct) =>
        db.ReviewImages.AsNoTracking().Where(i => i.Id == q.ImageId && i.ReviewId == q.ReviewId).Select(i => i.StoredName).FirstOrDefaultAsync(ct);
}

internal sealed class Ratings(OrderingDbContext db) : IRatings
{
    public Task<IReadOnlyDictionary<Guid, RatingView>> ForProductsAsync(IReadOnlyCollection<Guid> productIds, CancellationToken ct) =>
        LoadAsync(RatedSubject.Product, productIds, ct);

    public Task<IReadOnlyDictionary<Guid, RatingView>> ForShopsAsync(IReadOnlyCollection<Guid> shopIds, CancellationToken ct) =>
        LoadAsync(RatedSubject.Shop, shopIds, ct);

    private async Task<IReadOnlyDictionary<Guid, RatingView>> LoadAsync(RatedSubject subject, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var list = ids.ToList();
        var rows = await db.Ratings.AsNoTracking().Where(r => r.Subject == subject && list.Contains(r.SubjectId) && r.Count > 0).ToListAsync(ct);
        return rows.ToDictionary(r => r.SubjectId, r => new RatingView(r.Count, Math.Round((decimal)r.RatingSum / r.Count, 1)));
    }
}
