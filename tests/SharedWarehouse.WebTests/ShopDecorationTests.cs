using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class ShopDecorationTests(SharedWarehouseFactory factory)
{
    private const string Editor = "/merchant/decoration";

    [Fact]
    public async Task Bad_input_shows_field_errors_keeps_the_typed_values_and_saves_nothing()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var templates = await merchant.GetAsync(Editor);
        templates.Status.ShouldBe(HttpStatusCode.OK, templates.ToString());
        var unconfirmed = await merchant.PostAsync($"{Editor}/templates", [F("TemplateKey", "flagship")], templates.Token($"{Editor}/templates"));
        unconfirmed.Status.ShouldBe(HttpStatusCode.OK);
        unconfirmed.FieldError("Confirm").ShouldBe("请勾选确认后再使用该模板");
        (await DecorationWeb.StartAsync(merchant, "flagship")).TestId("template-name").ShouldBe("旗舰");

        var form = await merchant.GetAsync(Editor);
        var longIntro = new string('好', 501);
        var bad = await merchant.PostMultipartAsync(Editor,
            [F("Intro", longIntro), F("NewBannerLink", "javascript:alert(1)"), F("NewBannerOrder", "abc")],
            [new Upload("NewBanner", "banner.png", Png(1, 2, 3))], form.Token(Editor));

        bad.Status.ShouldBe(HttpStatusCode.OK, bad.ToString());
        bad.FieldError("Intro").ShouldBe("店铺简介最多 500 个字");
        bad.FieldError("NewBannerLink").ShouldBe("链接须为以 / 开头的站内路径或 https 地址");
        bad.FieldError("NewBannerOrder").ShouldBe("排序须为 1 到 99 的整数");
        bad.Text("textarea[name='Intro']").ShouldBe(longIntro);
        bad.InputValue("NewBannerLink").ShouldBe("javascript:alert(1)");
        bad.InputValue("NewBannerOrder").ShouldBe("abc");
        var after = await merchant.GetAsync(Editor);
        after.Text("textarea[name='Intro']").ShouldBe("");
        after.Document.QuerySelector("[data-testid='banners']").ShouldBeNull();
    }

    [Fact]
    public async Task Uploads_are_checked_by_their_bytes_not_their_name_or_type()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var form = await DecorationWeb.StartAsync(merchant);

        var fake = await merchant.PostMultipartAsync(Editor, [F("Intro", "伪装的图片")],
            [new Upload("Logo", "logo.png", "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"u8.ToArray(), "image/png")], form.Token(Editor));

        fake.Status.ShouldBe(HttpStatusCode.OK);
        fake.FieldError("Logo").ShouldBe("文件不是有效的图片（支持 JPG、PNG、WebP）");
        (await merchant.GetAsync(Editor)).Document.QuerySelector("[data-testid='current-logo']").ShouldBeNull();
    }

    [Fact]
    public async Task The_preview_shows_the_draft_and_after_publishing_buyers_see_the_new_intro()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var form = await DecorationWeb.StartAsync(merchant, "classic");
        var shopUrl = form.Document.QuerySelector("[data-testid='view-shop']")!.GetAttribute("href")!;
        var intro = "三十年老店，" + Guid.NewGuid().ToString("N")[..6];

        var saved = await merchant.PostMultipartAsync(Editor, [F("Intro", intro), F("NewBannerLink", "/products"), F("NewBannerOrder", "1")],
            [new Upload("Logo", "logo.png", Png(200, 10, 10)), new Upload("NewBanner", "banner.png", Png(10, 200, 10))], form.Token(Editor));
        saved.Status.ShouldBe(HttpStatusCode.Redirect, saved.ToString());

        var preview = await merchant.GetAsync($"{Editor}/preview");
        preview.Status.ShouldBe(HttpStatusCode.OK);
        preview.TestId("preview-banner").ShouldNotBeNull();
        preview.TestId("shop-intro").ShouldBe(intro);
        preview.Document.QuerySelector("[data-testid='shop-page']")!.GetAttribute("data-template").ShouldBe("classic");
        var draftLogo = preview.Document.QuerySelector("[data-testid='shop-logo']")!.GetAttribute("src")!;
        (await merchant.Http.GetAsync(draftLogo)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var beforePublish = await factory.NewVisitor().GetAsync(shopUrl);
        beforePublish.Status.ShouldBe(HttpStatusCode.OK);
        beforePublish.Document.QuerySelector("[data-testid='shop-page']")!.GetAttribute("data-template").ShouldBe("default");
        beforePublish.TestId("shop-intro").ShouldBeNull();
        (await factory.NewVisitor().Http.GetAsync($"{shopUrl}/images/{draftLogo.Split('/')[^1]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var editor = await merchant.GetAsync(Editor);
        var published = await merchant.PostAsync($"{Editor}/publish", [], editor.Token($"{Editor}/publish"));
        published.Status.ShouldBe(HttpStatusCode.Redirect, published.ToString());
        (await merchant.FollowAsync(published)).Document.QuerySelectorAll("[data-testid='versions'] tbody tr").Length.ShouldBe(1);

        var buyer = await factory.NewVisitor().GetAsync(shopUrl);
        buyer.Status.ShouldBe(HttpStatusCode.OK);
        buyer.TestId("preview-banner").ShouldBeNull();
        buyer.TestId("shop-intro").ShouldBe(intro);
        buyer.Document.QuerySelector("[data-testid='banner-link']")!.GetAttribute("href").ShouldBe("/products");
        var logo = buyer.Document.QuerySelector("[data-testid='shop-logo']")!.GetAttribute("src")!;
        logo.ShouldStartWith(shopUrl + "/images/");
        var image = await factory.NewVisitor().Http.GetAsync(logo);
        image.StatusCode.ShouldBe(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        buyer.Html.ShouldNotContain("style=");
        buyer.Html.ShouldNotContain("<script>");
    }

    [Fact]
    public async Task The_preview_is_only_for_the_owner()
    {
        var a = await CatalogWeb.MerchantAsync(factory);
        var form = await DecorationWeb.StartAsync(a);
        var secret = "未发布的秘密" + Guid.NewGuid().ToString("N")[..6];
        (await a.PostMultipartAsync(Editor, [F("Intro", secret)], [new Upload("Logo", "l.png", Png(3, 3, 3))], form.Token(Editor)))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        var draftLogo = (await a.GetAsync($"{Editor}/preview")).Document.QuerySelector("[data-testid='shop-logo']")!.GetAttribute("src")!;
        var b = await CatalogWeb.MerchantAsync(factory);

        var anonymous = await factory.NewVisitor().GetAsync($"{Editor}/preview");
        anonymous.IsRedirect.ShouldBeTrue(anonymous.ToString());
        anonymous.Location!.ShouldStartWith("/account/login");
        (await b.GetAsync($"{Editor}/preview")).Status.ShouldBe(HttpStatusCode.NotFound); // b has no draft and cannot name a's
        (await b.Http.GetAsync(draftLogo)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await DecorationWeb.StartAsync(b);
        var own = await b.GetAsync($"{Editor}/preview");
        own.Status.ShouldBe(HttpStatusCode.OK);
        own.Html.ShouldNotContain(secret);
        (await factory.NewVisitor().Http.GetAsync(draftLogo)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Merchant_b_can_neither_change_a_decoration_nor_restore_a_version_by_ids()
    {
        var a = await CatalogWeb.MerchantAsync(factory);
        var form = await DecorationWeb.StartAsync(a);
        (await a.PostMultipartAsync(Editor, [F("Intro", "甲店简介"), F("NewBannerLink", "/a")], [new Upload("NewBanner", "a.png", Png(9, 9, 9))], form.Token(Editor)))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        var editorA = await a.GetAsync(Editor);
        (await a.PostAsync($"{Editor}/publish", [], editorA.Token($"{Editor}/publish"))).Status.ShouldBe(HttpStatusCode.Redirect);
        editorA = await a.GetAsync(Editor);
        var bannerId = editorA.Document.QuerySelector("[data-testid='banners'] tbody tr")!.GetAttribute("data-banner-id")!;
        var restoreA = editorA.Document.QuerySelector("form[action$='/restore']")!.GetAttribute("action")!;
        var shopA = editorA.Document.QuerySelector("[data-testid='view-shop']")!.GetAttribute("href")!;

        var b = await CatalogWeb.MerchantAsync(factory);
        var formB = await DecorationWeb.StartAsync(b);
        var tampered = await b.PostMultipartAsync(Editor,
            [F("Intro", "乙改甲"), F("ShopId", shopA.Split('/')[^1]), F("Banners[0].Id", bannerId), F("Banners[0].Link", "https://evil.example"), F("Banners[0].Order", "1")],
            [], formB.Token(Editor));
        var restored = await b.PostAsync(restoreA, [], formB.Token(Editor));

        tampered.Status.ShouldBe(HttpStatusCode.OK);
        tampered.FieldError("Banners").ShouldBe("找不到该广告图，请刷新页面后重试");
        restored.Status.ShouldBe(HttpStatusCode.NotFound);
        var stillA = await a.GetAsync(Editor);
        stillA.Text("textarea[name='Intro']").ShouldBe("甲店简介");
        stillA.InputValue("Banners[0].Link").ShouldBe("/a");
        (await factory.NewVisitor().GetAsync(shopA)).TestId("shop-intro").ShouldBe("甲店简介");

        // A posted shop id is not even bound: b's own save changes only b's draft.
        (await b.PostMultipartAsync(Editor, [F("Intro", "乙店简介"), F("ShopId", shopA.Split('/')[^1])], [], formB.Token(Editor))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await a.GetAsync(Editor)).Text("textarea[name='Intro']").ShouldBe("甲店简介");
        (await b.GetAsync(Editor)).Text("textarea[name='Intro']").ShouldBe("乙店简介");
    }

    [Fact]
    public async Task Every_template_renders_the_published_content_with_the_chosen_products()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var admin = await factory.AdminAsync();
        var name = "模板测试酒" + Guid.NewGuid().ToString("N")[..6];
        var url = await CatalogWeb.CreateAsync(merchant, name);
        var productId = url["/merchant/products/".Length..];
        var details = await merchant.GetAsync(url);
        (await merchant.PostMultipartAsync($"{url}/images", [], [new Upload("images", "p.png", Png(50, 60, 70))], details.Token($"{url}/images"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await merchant.PostAsync($"{url}/submit", [], details.Token($"{url}/submit"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var review = await admin.GetAsync($"/admin/products/{productId}");
        (await admin.PostAsync($"/admin/products/{productId}/approve", [], review.Token($"/admin/products/{productId}/approve"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await merchant.PostAsync($"{url}/list", [], details.Token($"{url}/submit"))).Status.ShouldBe(HttpStatusCode.Redirect);

        foreach (var template in new[] { "classic", "flagship", "compact" })
        {
            var form = await DecorationWeb.StartAsync(merchant, template);
            form.Document.QuerySelector($"[data-testid='hot-choices'] input[value='{productId}']").ShouldNotBeNull(form.ToString());
            var intro = template + "简介";
            var saved = await merchant.PostMultipartAsync(Editor,
                [F("Intro", intro), F("HotProductIds", productId), F("FeaturedProductIds", productId), F("NewBannerLink", "https://example.com/" + template)],
                [new Upload("DoorHead", "d.png", Png(1, 1, 1)), new Upload("Logo", "l.png", Png(2, 2, 2)), new Upload("NewBanner", "b.png", Png(3, 3, 3))],
                form.Token(Editor));
            saved.Status.ShouldBe(HttpStatusCode.Redirect, saved.ToString());
            var editor = await merchant.GetAsync(Editor);
            (await merchant.PostAsync($"{Editor}/publish", [], editor.Token($"{Editor}/publish"))).Status.ShouldBe(HttpStatusCode.Redirect);
            var shopUrl = editor.Document.QuerySelector("[data-testid='view-shop']")!.GetAttribute("href")!;

            var page = await factory.NewVisitor().GetAsync(shopUrl);

            page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
            page.Document.QuerySelector("[data-testid='shop-page']")!.GetAttribute("data-template").ShouldBe(template);
            page.TestId("shop-intro").ShouldBe(intro);
            page.Document.QuerySelector("[data-testid='shop-logo']").ShouldNotBeNull();
            page.Document.QuerySelectorAll($"[data-testid='product-card'][data-product-id='{productId}']").Length.ShouldBeGreaterThan(0);
            // Banners added for earlier templates are kept (switching templates keeps the content); the new one comes last.
            page.Document.QuerySelectorAll("[data-testid='banner-link']").Select(a => a.GetAttribute("href")).ShouldContain("https://example.com/" + template);
            (await merchant.GetAsync($"{Editor}/preview")).TestId("preview-banner").ShouldNotBeNull();
        }
        var versions = (await merchant.GetAsync(Editor)).Document.QuerySelectorAll("[data-testid='versions'] tbody tr");
        versions.Select(v => v.GetAttribute("data-version")).ShouldBe(["3", "2", "1"]);
    }

    [Fact]
    public async Task A_shop_with_nothing_published_shows_the_default_page_and_an_unknown_shop_is_not_found()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var form = await DecorationWeb.StartAsync(merchant);
        var shopUrl = form.Document.QuerySelector("[data-testid='view-shop']")!.GetAttribute("href")!;

        var page = await factory.NewVisitor().GetAsync(shopUrl);
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.TestId("no-products").ShouldNotBeNull();
        (await factory.NewVisitor().GetAsync($"/shops/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}

internal static class DecorationWeb
{
    /// Initialises the merchant's decoration from a template (confirmed); returns the editor page.
    public static async Task<Page> StartAsync(Visitor merchant, string template = "classic")
    {
        var chosen = await merchant.SubmitAsync("/merchant/decoration/templates", "/merchant/decoration/templates",
            [F("TemplateKey", template), F("Confirm", "true")]);
        chosen.Status.ShouldBe(HttpStatusCode.Redirect, chosen.ToString());
        var editor = await merchant.FollowAsync(chosen);
        editor.Status.ShouldBe(HttpStatusCode.OK, editor.ToString());
        return editor;
    }
}
