using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Domain;

/// A buyer's review of one received order line (one per line), and the merchant's one reply.
public sealed class Review : Entity
{
    public const int MaxTextLength = 500;
    public const int MaxImages = BuildingBlocks.Uploads.Photos.MaxPerPost;

    private readonly List<ReviewImage> _images = [];
    private Review() { }
    public Guid OrderLineId { get; private set; }
    public Guid OrderId { get; private set; }
    public Guid ShopId { get; private set; }
    public Guid ProductId { get; private set; }
    public Guid BuyerId { get; private set; }
    public string ProductName { get; private set; } = "";
    public int Rating { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }
    public string? Reply { get; private set; }
    public DateTime? RepliedUtc { get; private set; }
    public IReadOnlyList<ReviewImage> Images => _images;

    public static Result<Review> Write(Guid buyerId, Guid orderId, Guid shopId, OrderLine line, int rating, string? text, DateTime now)
    {
        if (rating is < 1 or > 5) return Error.Validation("Rating", "请选择 1 到 5 星");
        text = text?.Trim() ?? "";
        if (text.Length > MaxTextLength) return Error.Validation("Text", "评价最多 {0} 个字", MaxTextLength);
        return new Review
        {
            OrderLineId = line.Id, OrderId = orderId, ShopId = shopId, ProductId = line.ProductId, BuyerId = buyerId,
            ProductName = line.ProductName, Rating = rating, Text = text, CreatedUtc = now,
        };
    }

    /// Photos already checked and stored; at most MaxImages per review, in the order given.
    public Result AttachImages(IReadOnlyList<StoredPhoto> photos)
    {
        if (_images.Count + photos.Count > MaxImages) return Error.Validation("Images", "最多上传 {0} 张图片", MaxImages);
        foreach (var p in photos) _images.Add(new ReviewImage(Id, p.StoredName, p.Length, p.Width, p.Height, _images.Count + 1));
        return Result.Success();
    }

    public Result Answer(string? text, DateTime now)
    {
        if (Reply is not null) return Error.Conflict("已回复过该评价");
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) return Error.Validation("Reply", "请填写回复内容");
        if (text.Length > MaxTextLength) return Error.Validation("Reply", "回复最多 {0} 个字", MaxTextLength);
        Reply = text;
        RepliedUtc = now;
        return Result.Success();
    }
}

/// One photo of a review; served only through its review (by both ids), never by its stored name.
public sealed class ReviewImage : Entity
{
    private ReviewImage() { }

    internal ReviewImage(Guid reviewId, string storedName, int length, int width, int height, int sortOrder)
    {
        ReviewId = reviewId;
        StoredName = storedName;
        Length = length;
        Width = width;
        Height = height;
        SortOrder = sortOrder;
    }

    public Guid ReviewId { get; private set; }
    public string StoredName { get; private set; } = "";
    public int Length { get; private set; }
    public int Width { get; private set; }
    public int Height { get; private set; }
    public int SortOrder { get; private set; }
}

public enum RatedSubject { Product = 1, Shop = 2 }

/// Running totals per product and per shop, changed by one conditional increment in the review's transaction.
public sealed class RatingSummary : Entity
{
    private RatingSummary() { }
    public RatedSubject Subject { get; private set; }
    public Guid SubjectId { get; private set; }
    public int Count { get; private set; }
    public long RatingSum { get; private set; }

    public static RatingSummary First(RatedSubject subject, Guid id, int rating) => new() { Subject = subject, SubjectId = id, Count = 1, RatingSum = rating };
}
