using System.Linq.Expressions;
using SharedWarehouse.Modules.Ordering.Domain;

namespace SharedWarehouse.Modules.Ordering.Features.Reviews;

public sealed record ReviewView(Guid Id, Guid ProductId, string ProductName, int Rating, string Text, DateTime CreatedUtc, string? Reply, DateTime? RepliedUtc,
    IReadOnlyList<Guid> ImageIds)
{
    /// Photos are served by review and image id together (see FindReviewImage).
    public string ImageUrl(Guid imageId) => $"/reviews/{Id}/images/{imageId}";

    internal static readonly Expression<Func<Review, ReviewView>> FromReview = r => new ReviewView(r.Id, r.ProductId, r.ProductName, r.Rating, r.Text,
        r.CreatedUtc, r.Reply, r.RepliedUtc, r.Images.OrderBy(i => i.SortOrder).Select(i => i.Id).ToList());
}
