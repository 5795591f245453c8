using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Reviews;

/// The buyer reviews one line of one of its own orders, once, after that merchant's part was received,
/// optionally with up to Review.MaxImages photos.
public sealed record WriteReview(Guid BuyerId, Guid OrderLineId, int? Rating, string? Text, IReadOnlyList<UploadedImage>? Images = null) : ICommand<Guid>;

internal sealed class WriteReviewValidator : AbstractValidator<WriteReview>
{
    public WriteReviewValidator()
    {
        RuleFor(c => c.Rating).NotNull().WithText("请选择 1 到 5 星");
        // Runs before the handler, so a bad photo stops the review before any file is stored.
        RuleFor(c => c.Images).Custom((images, context) =>
        {
            foreach (var problem in Photos.Problems(images)) context.AddFailure("Images", problem);
        });
    }
}

internal sealed class WriteReviewHandler(OrderingDbContext db, IMerchantDirectory merchants, IFileStore files, TimeProvider time) : IRequestHandler<WriteReview, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(WriteReview c, CancellationToken ct)
    {
        var found = await (from o in db.Orders
                           from s in o.SubOrders
                           from l in s.Lines
                           where l.Id == c.OrderLineId && o.BuyerId == c.BuyerId
                           select new { OrderId = o.Id, s.ShopId, s.Status, Line = l }).FirstOrDefaultAsync(ct);
        if (found is null) return Error.NotFound();
        if (found.Status != OrderStatus.Received) return Error.Conflict("确认收货后才能评价");
        if (await db.Reviews.AnyAsync(r => r.OrderLineId == c.OrderLineId, ct)) return Error.Conflict("该商品已评价过");
        var review = Review.Write(c.BuyerId, found.OrderId, found.ShopId, found.Line, c.Rating!.Value, c.Text, time.GetUtcNow().UtcDateTime);
        if (review.IsFailure) return Result<Guid>.Failure(review.Errors);
        // Files are written only once everything else has passed; a failure after this point (a lost race on the
        // one-review-per-line index) leaves unreferenced files, which are never served.
        if (c.Images is { Count: > Review.MaxImages }) return Error.Validation("Images", "最多上传 {0} 张图片", Review.MaxImages);
        var attached = review.Value.AttachImages(await Photos.StoreAsync(files, "reviews", c.Images, ct));
        if (attached.IsFailure) return Result<Guid>.Failure(attached.Errors);
        db.Reviews.Add(review.Value);
        await RollUpAsync(RatedSubject.Product, found.Line.ProductId, review.Value.Rating, ct);
        await RollUpAsync(RatedSubject.Shop, found.ShopId, review.Value.Rating, ct);
        if ((await merchants.FindShopsAsync([found.ShopId], ct)).TryGetValue(found.ShopId, out var shop))
            db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), shop.OwnerId, "收到新评价", "「{0}」收到 {1} 星评价",
                [found.Line.ProductName, review.Value.Rating.ToString()], "/merchant/reviews"));
        return review.Value.Id;
    }

    /// One conditional increment when the totals row exists (no read-modify-write); the first review inserts it,
    /// and a simultaneous first insert loses on the unique index and is answered as a conflict to retry.
    private async Task RollUpAsync(RatedSubject subject, Guid id, int rating, CancellationToken ct)
    {
        var rows = await db.Ratings.Where(r => r.Subject == subject && r.SubjectId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Count, r => r.Count + 1).SetProperty(r => r.RatingSum, r => r.RatingSum + rating), ct);
        if (rows == 0) db.Ratings.Add(RatingSummary.First(subject, id, rating));
    }
}
