using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Desk;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.Modules.Ordering.Features.Reviews;
using SharedWarehouse.Modules.Ordering.Features.Shipping;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;
using static SharedWarehouse.SliceTests.Ordering.OrderingGiven;

namespace SharedWarehouse.SliceTests.Ordering;

public abstract class ReviewSlices(AppFixture app)
{
    /// A cash-on-delivery order of one bottle; shipped and received unless told otherwise. Returns the order line id.
    private async Task<(Selling Stock, Guid Buyer, Guid OrderId, Guid LineId)> BoughtAsync(Selling? from = null, bool received = true,
        (Guid Buyer, Guid Address)? shopper = null)
    {
        var s = from ?? await app.SellingAsync(stock: 10);
        var (buyer, address) = shopper ?? await app.ShopperAsync();
        await app.InCartAsync(buyer, s.SkuId, 1);
        var placed = await app.SendAsync(Checkout(buyer, address, payBy: PayBy.CashOnDelivery));
        var order = (await app.SendAsync(new GetMyOrder(buyer, placed.Value.OrderId)))!;
        var sub = order.SubOrders.Single();
        if (received)
        {
            (await app.SendAsync(new ShipSubOrder(s.Merchant.OwnerId, sub.Id, "SF", null, new Dictionary<Guid, int> { [sub.Lines.Single().Id] = 1 }))).Errors.ShouldBeEmpty();
            (await app.SendAsync(new ConfirmReceipt(buyer, order.Id))).Errors.ShouldBeEmpty();
        }
        return (s, buyer, order.Id, sub.Lines.Single().Id);
    }

    private Task<IReadOnlyDictionary<Guid, RatingView>> RatingsAsync(Func<IRatings, Task<IReadOnlyDictionary<Guid, RatingView>>> ask) =>
        app.WithScopeAsync(sp => ask(sp.GetRequiredService<IRatings>()));

    [Fact]
    public async Task Received_lines_are_reviewed_once_and_the_ratings_roll_up_to_product_and_shop()
    {
        var (s, buyer, orderId, line) = await BoughtAsync();
        var (_, other, _, otherLine) = await BoughtAsync(s);
        (await app.SendAsync(new ReviewableLines(buyer, orderId))).ShouldBe([line]);

        (await app.SendAsync(new WriteReview(buyer, line, 5, "酱香浓郁，物流很快"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new WriteReview(buyer, line, 4, "再评一次"))).Errors.Single().Code.ShouldBe("conflict");
        (await app.SendAsync(new WriteReview(other, otherLine, 2, null))).Errors.ShouldBeEmpty();

        (await RatingsAsync(r => r.ForProductsAsync([s.ProductId], default)))[s.ProductId].ShouldBe(new RatingView(2, 3.5m));
        (await RatingsAsync(r => r.ForShopsAsync([s.Merchant.ShopId], default)))[s.Merchant.ShopId].ShouldBe(new RatingView(2, 3.5m));
        var (rating, reviews) = await app.SendAsync(new ListProductReviews(s.ProductId));
        (rating!.Count, reviews.Count).ShouldBe((2, 2));
        (await app.SendAsync(new ReviewableLines(buyer, orderId))).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_line_cannot_be_reviewed_before_receipt_by_another_buyer_or_with_a_bad_rating()
    {
        var (s, buyer, _, line) = await BoughtAsync(received: false);
        (await app.SendAsync(new WriteReview(buyer, line, 5, "还没收到"))).Errors.Single().Code.ShouldBe("conflict");
        var (_, buyer2, _, line2) = await BoughtAsync(s);
        (await app.SendAsync(new WriteReview(buyer, line2, 5, "不是我的"))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new WriteReview(buyer2, line2, 6, null))).Errors.Single().Field.ShouldBe("Rating");
        (await app.SendAsync(new WriteReview(buyer2, line2, null, null))).Errors.Single().Field.ShouldBe("Rating");
        (await app.SendAsync(new WriteReview(buyer2, line2, 3, new string('好', 501)))).Errors.Single().Field.ShouldBe("Text");
        (await app.SendAsync(new ListProductReviews(s.ProductId))).Reviews.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_merchant_replies_once_to_its_own_reviews_and_merchant_B_cannot_reply()
    {
        var (s, buyer, _, line) = await BoughtAsync();
        var review = (await app.SendAsync(new WriteReview(buyer, line, 4, "不错"))).Value;
        var b = await app.MerchantAsync();

        (await app.SendAsync(new ReplyToReview(b.OwnerId, review, "谢谢"))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new ListShopReviews(b.OwnerId, false))).Page.Total.ShouldBe(0);
        (await app.SendAsync(new ReplyToReview(s.Merchant.OwnerId, review, " "))).Errors.Single().Field.ShouldBe("Reply");
        (await app.SendAsync(new ListShopReviews(s.Merchant.OwnerId, UnrepliedOnly: true))).Page.Total.ShouldBe(1);
        (await app.SendAsync(new ReplyToReview(s.Merchant.OwnerId, review, "感谢支持"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ReplyToReview(s.Merchant.OwnerId, review, "再回一次"))).Errors.Single().Code.ShouldBe("conflict");
        (await app.SendAsync(new ListShopReviews(s.Merchant.OwnerId, UnrepliedOnly: true))).Page.Total.ShouldBe(0);
        (await app.SendAsync(new ListProductReviews(s.ProductId))).Reviews.Single().Reply.ShouldBe("感谢支持");
    }

    private static UploadedImage Photo(byte red) => new(PngWriter.Solid(240, 200, red, 80, 40));

    /// Review photos written so far by this fixture (all tests of the class share its uploads folder).
    private int StoredPhotos()
    {
        var folder = Path.Combine(app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.UploadsPath, "reviews");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length : 0;
    }

    [Fact]
    public async Task Photos_are_stored_with_the_review_listed_everywhere_and_found_only_through_their_own_review()
    {
        var (s, buyer, _, line) = await BoughtAsync();
        var (_, other, _, otherLine) = await BoughtAsync(s);
        var before = StoredPhotos();

        var id = (await app.SendAsync(new WriteReview(buyer, line, 5, "有图有真相", [Photo(1), Photo(2)]))).Value;
        var otherId = (await app.SendAsync(new WriteReview(other, otherLine, 4, "没有图"))).Value;

        StoredPhotos().ShouldBe(before + 2);
        var shown = (await app.SendAsync(new ListProductReviews(s.ProductId))).Reviews.Single(r => r.Id == id);
        shown.ImageIds.Count.ShouldBe(2);
        (await app.SendAsync(new ListProductReviews(s.ProductId))).Reviews.Single(r => r.Id == otherId).ImageIds.ShouldBeEmpty();
        (await app.SendAsync(new ListShopReviews(s.Merchant.OwnerId, false))).Page.Items.Single(r => r.Id == id).ImageIds.ShouldBe(shown.ImageIds);
        (await app.SendAsync(new ListMyReviews(buyer))).Reviews.Items.Single().ImageIds.ShouldBe(shown.ImageIds);

        var stored = await app.SendAsync(new FindReviewImage(id, shown.ImageIds[1]));
        stored.ShouldNotBeNull();
        await using (var file = app.Services.GetRequiredService<IFileStore>().OpenRead(stored)!)
        {
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy);
            copy.ToArray().ShouldBe(Photo(2).Content);
        }
        (await app.SendAsync(new FindReviewImage(otherId, shown.ImageIds[0]))).ShouldBeNull();
        (await app.SendAsync(new FindReviewImage(id, Guid.NewGuid()))).ShouldBeNull();
    }

    [Fact]
    public async Task Bad_photos_refuse_the_whole_review_with_a_message_on_the_field_and_store_nothing()
    {
        var (s, buyer, orderId, line) = await BoughtAsync();
        var before = StoredPhotos();
        var oversized = new byte[Photos.Rules.MaxBytes + 1];
        Photo(3).Content.CopyTo(oversized, 0);
        UploadedImage[][] bad =
        [
            [Photo(1), new("<script>alert(1)</script>"u8.ToArray())],
            [new(PngWriter.Solid(50, 50, 1, 2, 3))],
            [new(oversized)],
            [.. Enumerable.Range(0, Review.MaxImages + 1).Select(i => Photo((byte)i))],
        ];
        foreach (var images in bad)
        {
            var refused = await app.SendAsync(new WriteReview(buyer, line, 5, "好", images));
            refused.IsFailure.ShouldBeTrue();
            refused.Errors.ShouldAllBe(e => e.Field == "Images");
        }
        (await app.SendAsync(new WriteReview(buyer, line, 5, "好", [new(oversized)]))).Errors.Single().Message.ShouldBe("图片不能超过 5 MB");
        (await app.SendAsync(new WriteReview(buyer, line, 5, "好", [new(PngWriter.Solid(50, 50, 1, 2, 3))]))).Errors.Single().Message
            .ShouldBe("图片太小，宽和高至少 200 像素");

        StoredPhotos().ShouldBe(before);
        (await app.SendAsync(new ListProductReviews(s.ProductId))).Reviews.ShouldBeEmpty();
        (await app.SendAsync(new ReviewableLines(buyer, orderId))).ShouldBe([line]);
        (await app.SendAsync(new WriteReview(buyer, line, 5, "好", [.. Enumerable.Range(0, Review.MaxImages).Select(i => Photo((byte)i))]))).Errors.ShouldBeEmpty();
        StoredPhotos().ShouldBe(before + Review.MaxImages);
    }

    [Fact]
    public async Task My_reviews_lists_only_the_buyer_s_own_reviews_and_received_lines_still_to_review()
    {
        var shopper = await app.ShopperAsync();
        var (s, buyer, _, line) = await BoughtAsync(shopper: shopper);
        var (_, _, waitingOrder, waitingLine) = await BoughtAsync(s, shopper: shopper);
        await BoughtAsync(s, received: false, shopper: shopper);
        var (_, other, _, otherLine) = await BoughtAsync(s);
        (await app.SendAsync(new WriteReview(buyer, line, 3, "我的评价"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new WriteReview(other, otherLine, 1, "别人的评价"))).Errors.ShouldBeEmpty();

        var mine = await app.SendAsync(new ListMyReviews(buyer));
        mine.Reviews.Items.Select(r => r.Text).ShouldBe(["我的评价"]);
        mine.Reviews.Total.ShouldBe(1);
        mine.Awaiting.Select(a => (a.OrderId, a.LineId)).ShouldBe([(waitingOrder, waitingLine)]);
        var theirs = await app.SendAsync(new ListMyReviews(other));
        theirs.Reviews.Items.Select(r => r.Text).ShouldBe(["别人的评价"]);
        theirs.Awaiting.ShouldBeEmpty();
        var stranger = await app.SendAsync(new ListMyReviews(await app.BuyerAsync()));
        (stranger.Reviews.Total, stranger.Awaiting.Count).ShouldBe((0, 0));
    }

    [Fact]
    public async Task My_reviews_are_paged_newest_first()
    {
        var shopper = await app.ShopperAsync();
        var s = await app.SellingAsync(stock: 10);
        foreach (var text in new[] { "一", "二", "三" })
        {
            var (_, buyer, _, line) = await BoughtAsync(s, shopper: shopper);
            (await app.SendAsync(new WriteReview(buyer, line, 5, text))).Errors.ShouldBeEmpty();
            app.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        var first = await app.SendAsync(new ListMyReviews(shopper.Buyer, 1, PageSize: 2));
        (first.Reviews.Total, first.Reviews.PageCount).ShouldBe((3, 2));
        first.Reviews.Items.Select(r => r.Text).ShouldBe(["三", "二"]);
        (await app.SendAsync(new ListMyReviews(shopper.Buyer, 2, PageSize: 2))).Reviews.Items.Select(r => r.Text).ShouldBe(["一"]);
    }
}

public sealed class ReviewsOnSqlite(SqliteApp app) : ReviewSlices(app), IClassFixture<SqliteApp>;

public sealed class ReviewsOnPostgreSql(PostgreSqlApp app) : ReviewSlices(app), IClassFixture<PostgreSqlApp>;
