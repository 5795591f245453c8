using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Ordering.Features.Reviews;

/// The merchant's reviews (its own shop only), optionally only those still unanswered.
public sealed record ListShopReviews(Guid UserId, bool UnrepliedOnly, int PageNumber = 1, int PageSize = 20) : IQuery<(RatingView? Rating, PagedResult<ReviewView> Page)>;

internal sealed class ListShopReviewsHandler(OrderingDbContext db, IShopAccess shops, IRatings ratings)
    : IRequestHandler<ListShopReviews, (RatingView?, PagedResult<ReviewView>)>
{
    public async Task<(RatingView?, PagedResult<ReviewView>)> Handle(ListShopReviews q, CancellationToken ct)
    {
        if (await shops.ActingAsync(q.UserId, ct) is not { } shop) return (null, PagedResult<ReviewView>.Empty(q.PageSize));
        var reviews = db.Reviews.AsNoTracking().Where(r => r.ShopId == shop.ShopId && (!q.UnrepliedOnly || r.Reply == null));
        var page = await reviews.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id)
            .Select(ReviewView.FromReview).ToPagedResultAsync(q.PageNumber, q.PageSize, ct);
        return ((await ratings.ForShopsAsync([shop.ShopId], ct)).GetValueOrDefault(shop.ShopId), page);
    }
}
