using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Ordering.Data;

namespace SharedWarehouse.Modules.Ordering.Features.Reviews;

/// The stored name of a review photo, only when the image belongs to that review; null otherwise (as if missing).
public sealed record FindReviewImage(Guid ReviewId, Guid ImageId) : IQuery<string?>;

internal sealed class FindReviewImageHandler(OrderingDbContext db) : IRequestHandler<FindReviewImage, string?>
{
    public Task<string?> Handle(FindReviewImage q, CancellationToken ct) =>
        db.ReviewImages.AsNoTracking().Where(i => i.Id == q.ImageId && i.ReviewId == q.ReviewId).Select(i => i.StoredName).FirstOrDefaultAsync(ct);
}
