using Microsoft.Extensions.DependencyInjection;
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
    private async Task<(Selling Stock, Guid Buyer, Guid OrderId, Guid LineId)> BoughtAsync(Selling? from = null, bool received = true)
    {
        var s = from ?? await app.SellingAsync(stock: 10);
        var (buyer, address) = await app.ShopperAsync();
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
}

public sealed class ReviewsOnSqlite(SqliteApp app) : ReviewSlices(app), IClassFixture<SqliteApp>;

public sealed class ReviewsOnPostgreSql(PostgreSqlApp app) : ReviewSlices(app), IClassFixture<PostgreSqlApp>;
