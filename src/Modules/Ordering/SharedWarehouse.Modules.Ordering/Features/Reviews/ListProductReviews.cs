using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Ordering.Data;

namespace SharedWarehouse.Modules.Ordering.Features.Reviews;

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
