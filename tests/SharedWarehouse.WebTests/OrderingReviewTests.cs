using System.Net;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// Product reviews with photos, the buyer's "my reviews" page and the shop's rating, through the real forms.
[Collection(WebCollection.Name)]
public sealed class OrderingReviewTests(SharedWarehouseFactory factory)
{
    /// A cash-on-delivery order of one bottle, shipped and received; returns the line's review URL.
    private async Task<(SellableProduct Product, Visitor Buyer, string ReviewUrl)> ReceivedAsync()
    {
        var o = await ReceivedOrderWeb.ReceivedAsync(factory, quantity: 1, stock: 4);
        return (o.Product, o.Buyer, o.Received.Document.QuerySelector("[data-testid='review']")!.GetAttribute("href")!);
    }

    [Fact]
    public async Task A_bad_photo_is_refused_next_to_the_field_with_rating_and_text_kept_then_the_photo_shows_on_my_reviews_the_product_and_the_merchant_list()
    {
        var (product, buyer, reviewUrl) = await ReceivedAsync();
        var form = await buyer.GetAsync(reviewUrl);
        form.Document.QuerySelector("form[data-testid='review-form']")!.GetAttribute("enctype").ShouldBe("multipart/form-data");
        form.Document.QuerySelector("label[for='Images']").ShouldNotBeNull();

        // A text file named .png and sent as image/png: refused by its content, the typed values stay.
        var notImage = await buyer.PostMultipartAsync(reviewUrl, [F("Rating", "4"), F("Text", "味道不错，晒图")],
            [new Upload("Images", "fake.png", "just text, not a picture"u8.ToArray())], form.Token(reviewUrl));
        notImage.Status.ShouldBe(HttpStatusCode.OK, notImage.ToString());
        notImage.FieldError("Images").ShouldBe("文件不是有效的图片（支持 JPG、PNG、WebP）");
        notImage.Text("#Text").ShouldBe("味道不错，晒图");
        notImage.Document.QuerySelector("#rating-4")!.HasAttribute("checked").ShouldBeTrue();
        var tooSmall = await buyer.PostMultipartAsync(reviewUrl, [F("Rating", "4"), F("Text", "味道不错，晒图")],
            [new Upload("Images", "tiny.png", PngWriter.Solid(40, 40, 1, 1, 1))], notImage.Token(reviewUrl));
        tooSmall.FieldError("Images").ShouldBe("图片太小，宽和高至少 200 像素");
        var tooMany = await buyer.PostMultipartAsync(reviewUrl, [F("Rating", "4"), F("Text", "味道不错，晒图")],
            Enumerable.Range(0, 7).Select(i => new Upload("Images", $"p{i}.png", Png((byte)i))), notImage.Token(reviewUrl));
        tooMany.FieldError("Images").ShouldBe("最多上传 6 张图片");
        (await buyer.GetAsync("/account/reviews")).TestId("total").ShouldBe("共 0 条");

        var photo = Png(220, 30, 30);
        var posted = await buyer.PostMultipartAsync(reviewUrl, [F("Rating", "4"), F("Text", "味道不错，晒图")],
            [new Upload("Images", "photo.png", photo)], tooSmall.Token(reviewUrl));
        posted.Status.ShouldBe(HttpStatusCode.Redirect, posted.ToString());

        // My reviews: the review with its photo, nothing left to review, and the link in the account centre.
        var mine = await buyer.GetAsync("/account/reviews");
        mine.Status.ShouldBe(HttpStatusCode.OK);
        mine.TestId("total").ShouldBe("共 1 条");
        mine.Text("[data-testid='my-reviews'] [data-testid='text']").ShouldBe("味道不错，晒图");
        mine.Document.QuerySelector("[data-testid='awaiting'] [data-testid='write-review']").ShouldBeNull();
        (await buyer.GetAsync("/account")).Document.QuerySelector("[data-testid='account-links'] a[href='/account/reviews']").ShouldNotBeNull();
        var link = mine.Document.QuerySelector("[data-testid='my-reviews'] [data-testid='review-images'] a")!;
        var imageUrl = link.GetAttribute("href")!;
        link.QuerySelector("img")!.GetAttribute("src").ShouldBe(imageUrl);
        imageUrl.ShouldMatch("^/reviews/[0-9a-f-]{36}/images/[0-9a-f-]{36}$");

        // Served to anyone, with the inspected type; only under its own review.
        var image = await factory.NewVisitor().Http.GetAsync(imageUrl);
        image.StatusCode.ShouldBe(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        image.Headers.CacheControl!.Public.ShouldBeTrue();
        (await image.Content.ReadAsByteArrayAsync()).ShouldBe(photo);
        var imageId = imageUrl.Split('/').Last();
        (await factory.NewVisitor().Http.GetAsync($"/reviews/{Guid.NewGuid()}/images/{imageId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.NewVisitor().Http.GetAsync($"/reviews/{imageUrl.Split('/')[2]}/images/..%2F..%2Fappsettings.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var productPage = await factory.NewVisitor().GetAsync($"/products/{product.ProductId}");
        productPage.Document.QuerySelector($"[data-testid='product-reviews'] a[href='{imageUrl}'] img").ShouldNotBeNull(productPage.Document.QuerySelector("[data-testid='product-reviews']")?.OuterHtml);
        var merchantList = await product.Merchant.GetAsync("/merchant/reviews");
        merchantList.Document.QuerySelector($"[data-testid='reviews'] a[href='{imageUrl}']").ShouldNotBeNull();

        // The merchant's reply appears on the buyer's own list, where the notification points.
        var reviewId = imageUrl.Split('/')[2];
        (await product.Merchant.PostAsync($"/merchant/reviews/{reviewId}/reply", [F("reply", "感谢晒图")], merchantList.Token($"/merchant/reviews/{reviewId}/reply")))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        (await buyer.GetAsync("/account/reviews")).TestId("reply")!.ShouldEndWith("感谢晒图");
    }

    [Fact]
    public async Task Buyer_X_can_neither_open_nor_review_Y_s_line_nor_see_Y_s_reviews()
    {
        var (_, y, reviewUrl) = await ReceivedAsync();
        var x = await factory.BuyerAsync();
        var token = (await x.GetAsync("/account/addresses")).Token("/account/addresses");

        (await x.GetAsync(reviewUrl)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await x.PostMultipartAsync(reviewUrl, [F("Rating", "1"), F("Text", "冒充差评")], [new Upload("Images", "p.png", Png())], token))
            .Status.ShouldBe(HttpStatusCode.NotFound);
        var theirs = await y.GetAsync("/account/reviews");
        theirs.Document.QuerySelector($"[data-testid='awaiting'] a[href='{reviewUrl}']").ShouldNotBeNull();
        theirs.TestId("total").ShouldBe("共 0 条");

        var form = await y.GetAsync(reviewUrl);
        (await y.PostMultipartAsync(reviewUrl, [F("Rating", "5"), F("Text", "Y 的评价")], [], form.Token(reviewUrl))).Status.ShouldBe(HttpStatusCode.Redirect);
        var own = await x.GetAsync("/account/reviews");
        own.TestId("total").ShouldBe("共 0 条");
        own.Html.ShouldNotContain("Y 的评价");
        own.Document.QuerySelector("[data-testid='awaiting'] [data-testid='write-review']").ShouldBeNull();
        (await y.GetAsync("/account/reviews")).Text("[data-testid='my-reviews']")!.ShouldContain("Y 的评价");
        (await factory.NewVisitor().GetAsync("/account/reviews")).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_shop_page_shows_no_reviews_yet_then_the_rolled_up_rating()
    {
        var (product, buyer, reviewUrl) = await ReceivedAsync();
        var shopUrl = (await DecorationWeb.StartAsync(product.Merchant)).Document.QuerySelector("[data-testid='view-shop']")!.GetAttribute("href")!;
        (await factory.NewVisitor().GetAsync(shopUrl)).TestId("shop-rating").ShouldBe("暂无评价");

        var form = await buyer.GetAsync(reviewUrl);
        (await buyer.PostMultipartAsync(reviewUrl, [F("Rating", "3"), F("Text", "")], [], form.Token(reviewUrl))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await factory.NewVisitor().GetAsync(shopUrl)).TestId("shop-rating")!.ShouldEndWith("3.0 分 · 1 条评价");
    }

    [Fact]
    public async Task The_product_page_shows_its_shop_card_with_the_rating_and_a_link_to_the_shop()
    {
        var (product, buyer, reviewUrl) = await ReceivedAsync();
        var page = await factory.NewVisitor().GetAsync($"/products/{product.ProductId}");
        page.TestId("shop-card-rating").ShouldBe("暂无评价");
        page.TestId("shop-card-name").ShouldNotBeNullOrWhiteSpace();
        var shopUrl = page.Document.QuerySelector("[data-testid='shop-card-link']")!.GetAttribute("href")!;
        (await factory.NewVisitor().GetAsync(shopUrl)).Status.ShouldBe(HttpStatusCode.OK);

        var form = await buyer.GetAsync(reviewUrl);
        (await buyer.PostMultipartAsync(reviewUrl, [F("Rating", "4"), F("Text", "")], [], form.Token(reviewUrl))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await factory.NewVisitor().GetAsync($"/products/{product.ProductId}")).TestId("shop-card-rating").ShouldBe("★ 4.0 分 · 1 条评价");
    }
}
