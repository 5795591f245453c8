using System.Net;
using SharedWarehouse.WebTests.Infrastructure;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class StorefrontSearchTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task A_search_finds_a_listed_product_links_to_its_page_and_keeps_the_filters_in_the_form()
    {
        var product = await SellingWeb.SellableAsync(factory, stock: 3);
        var visitor = factory.NewVisitor();

        var page = await visitor.GetAsync($"/search?q={product.SkuCode}&min=100&max=200&sort=PriceAsc&inStock=true");

        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
        var card = page.Document.QuerySelector($"[data-testid='search-results'] [data-id='{product.ProductId}']");
        card.ShouldNotBeNull(page.ToString());
        card.QuerySelector("[data-testid='hit-name']")!.GetAttribute("href").ShouldBe($"/products/{product.ProductId}");
        card.QuerySelector("[data-testid='hit-price']")!.TextContent.Trim().ShouldBe("¥128.00");
        card.QuerySelector("[data-testid='in-stock']").ShouldNotBeNull();
        var form = page.Document.QuerySelector("[data-testid='search-form']")!;
        form.GetAttribute("method").ShouldBe("get");
        form.QuerySelector("input[name='__RequestVerificationToken']").ShouldBeNull();
        form.QuerySelector("input[name='q']")!.GetAttribute("value").ShouldBe(product.SkuCode);
        form.QuerySelector("input[name='min']")!.GetAttribute("value").ShouldBe("100");
        form.QuerySelector("input[name='max']")!.GetAttribute("value").ShouldBe("200");
        form.QuerySelector("select[name='sort'] option[selected]")!.GetAttribute("value").ShouldBe("PriceAsc");
        form.QuerySelector("input[name='inStock']")!.HasAttribute("checked").ShouldBeTrue();
        (await visitor.GetAsync($"/products/{product.ProductId}")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_bad_price_shows_a_message_next_to_the_field_and_keeps_what_was_typed()
    {
        var visitor = factory.NewVisitor();

        var notANumber = await visitor.GetAsync("/search?q=%E9%85%B1%E9%A6%99&min=abc");
        notANumber.Status.ShouldBe(HttpStatusCode.OK, notANumber.ToString());
        notANumber.Document.QuerySelector("[data-testid='min-error']")!.TextContent.Trim().ShouldNotBeEmpty();
        notANumber.Document.QuerySelector("input[name='min']")!.GetAttribute("value").ShouldBe("abc");
        notANumber.Document.QuerySelector("input[name='q']")!.GetAttribute("value").ShouldBe("酱香");

        var reversed = await visitor.GetAsync("/search?min=50&max=5");
        reversed.Status.ShouldBe(HttpStatusCode.OK, reversed.ToString());
        reversed.Document.QuerySelector("[data-testid='max-error']")!.TextContent.Trim().ShouldBe("最高价不能低于最低价");
        reversed.Document.QuerySelector("input[name='max']")!.GetAttribute("value").ShouldBe("5");
    }

    [Fact]
    public async Task The_header_searches_and_the_home_page_links_to_category_pages()
    {
        var visitor = factory.NewVisitor();
        var home = await visitor.GetAsync("/");
        home.Document.QuerySelector("[data-testid='header-search']")!.GetAttribute("action").ShouldBe("/search");
        var category = home.Document.QuerySelector("[data-testid='home-categories'] a")!.GetAttribute("href")!;

        var page = await visitor.GetAsync(category);

        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
        page.Document.QuerySelector("[data-testid='search-form']")!.GetAttribute("action").ShouldBe(category);
        (await visitor.GetAsync($"/categories/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await visitor.GetAsync("/bench/items")).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
