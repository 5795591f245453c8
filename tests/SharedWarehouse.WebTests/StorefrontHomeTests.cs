using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class StorefrontHomeTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task The_home_page_shows_a_product_once_an_admin_flags_it_hot_and_drops_it_when_unflagged()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var admin = await factory.AdminAsync();
        var name = "首页热推酒" + Guid.NewGuid().ToString("N")[..6];
        var url = await CatalogWeb.CreateAsync(merchant, name);
        var id = url["/merchant/products/".Length..];
        var details = await merchant.GetAsync(url);
        (await merchant.PostMultipartAsync($"{url}/images", [], [new Upload("images", "a.png", Png(12, 34, 56))], details.Token($"{url}/images")))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        (await merchant.PostAsync($"{url}/submit", [], details.Token($"{url}/submit"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var review = await admin.GetAsync($"/admin/products/{id}");
        (await admin.PostAsync($"/admin/products/{id}/approve", [], review.Token($"/admin/products/{id}/approve"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await merchant.PostAsync($"{url}/list", [], details.Token($"{url}/submit"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var link = $"[data-testid='hot-products'] a[href='/products/{id}']";

        (await factory.NewVisitor().GetAsync("/")).Document.QuerySelector(link).ShouldBeNull();

        review = await admin.GetAsync($"/admin/products/{id}");
        var flagged = await admin.PostAsync($"/admin/products/{id}/promotion", [F("hot", "true")], review.Token($"/admin/products/{id}/promotion"));
        flagged.Status.ShouldBe(HttpStatusCode.Redirect, flagged.ToString());

        var home = await factory.NewVisitor().GetAsync("/");
        home.Status.ShouldBe(HttpStatusCode.OK, home.ToString());
        var card = home.Document.QuerySelector($"[data-testid='hot-products'] [data-id='{id}']");
        card.ShouldNotBeNull(home.ToString());
        card.QuerySelector($"a[href='/products/{id}']")!.TextContent.Trim().ShouldBe(name);
        card.QuerySelector("[data-testid='promoted-price']")!.TextContent.Trim().ShouldBe("¥128.00");
        card.QuerySelector("img")!.GetAttribute("src").ShouldBe($"/products/{id}/images/1");
        home.Document.QuerySelector($"[data-testid='featured-products'] [data-id='{id}']").ShouldBeNull();
        (await factory.NewVisitor().Http.GetAsync($"/products/{id}/images/1")).StatusCode.ShouldBe(HttpStatusCode.OK);

        review = await admin.GetAsync($"/admin/products/{id}");
        (await admin.PostAsync($"/admin/products/{id}/promotion", [], review.Token($"/admin/products/{id}/promotion"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await factory.NewVisitor().GetAsync("/")).Document.QuerySelector(link).ShouldBeNull();
    }
}
