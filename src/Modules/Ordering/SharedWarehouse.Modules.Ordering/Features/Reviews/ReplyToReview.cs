using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Reviews;

/// The merchant answers a review of its own shop, once.
public sealed record ReplyToReview(Guid UserId, Guid ReviewId, string? Reply) : ICommand;

internal sealed class ReplyToReviewHandler(OrderingDbContext db, IShopAccess shops, TimeProvider time) : IRequestHandler<ReplyToReview, Result>
{
    public async Task<Result> Handle(ReplyToReview c, CancellationToken ct)
    {
        if (await shops.ActingAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == c.ReviewId && r.ShopId == shop.ShopId, ct);
        if (review is null) return Error.NotFound();
        var answered = review.Answer(c.Reply, time.GetUtcNow().UtcDateTime);
        if (answered.IsFailure) return answered;
        db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), review.BuyerId, "商家回复了您的评价", "「{0}」的商家回复：{1}",
            [review.ProductName, review.Reply!], "/account/reviews"));
        return Result.Success();
    }
}
