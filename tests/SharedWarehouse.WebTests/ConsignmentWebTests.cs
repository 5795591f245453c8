using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// Joint sales (代销) through the merchant back office: the supplier's terms form, the reseller's browse and consign
/// forms, and the boundaries between resellers.
[Collection(WebCollection.Name)]
public sealed class ConsignmentWebTests(SharedWarehouseFactory factory)
{
    private static async Task<string> ShopNameAsync(Visitor merchant) => (await merchant.GetAsync("/merchant")).TestId("shop-name")!;

    /// The supplier opens its product for consignment (floor ¥100, base wholesale ¥80) and shares the SKU with one shop.
    private static async Task OpenAndShareAsync(SellableProduct product, string resellerShopName)
    {
        var url = $"/merchant/products/{product.ProductId}/consignment";
        var terms = await product.Merchant.GetAsync(url);
        var saved = await product.Merchant.PostAsync(url, [F("Open", "true"), F("Skus[0].SkuId", terms.InputValue("Skus[0].SkuId")!), F("Skus[0].Floor", "100.00"),
            F("Skus[0].Prices", "1:1:80.00")], terms.Token(url));
        saved.Status.ShouldBe(HttpStatusCode.Redirect, saved.ToString());
        var form = await product.Merchant.GetAsync("/merchant/grants/new");
        var granted = await product.Merchant.PostAsync("/merchant/grants/new",
            [F("Scope", "Sku"), F("SkuCode", product.SkuCode), F("WarehouseId", ""), F("Grantee", "shop"), F("ShopName", resellerShopName)], form.Token("/merchant/grants/new"));
        granted.Status.ShouldBe(HttpStatusCode.Redirect, granted.ToString());
    }

    [Fact]
    public async Task Bad_consignment_terms_are_shown_next_to_their_fields_with_what_was_typed_kept()
    {
        var product = await SellingWeb.SellableAsync(factory, stock: 5);
        var url = $"/merchant/products/{product.ProductId}/consignment";
        var terms = await product.Merchant.GetAsync(url);
        terms.Status.ShouldBe(HttpStatusCode.OK);

        var bad = await product.Merchant.PostAsync(url, [F("Open", "true"), F("Skus[0].SkuId", terms.InputValue("Skus[0].SkuId")!), F("Skus[0].Floor", "一百"),
            F("Skus[0].Prices", "1:1:80.00;9:1:1")], terms.Token(url));

        bad.Status.ShouldBe(HttpStatusCode.OK);
        bad.FieldError("Skus[0].Floor").ShouldNotBeNull();
        bad.FieldError("Skus[0].Prices").ShouldNotBeNull();
        bad.InputValue("Skus[0].Floor").ShouldBe("一百");
        bad.InputValue("Skus[0].Prices").ShouldBe("1:1:80.00;9:1:1");
        var other = await CatalogWeb.MerchantAsync(factory);
        (await other.GetAsync(url)).Status.ShouldBe(HttpStatusCode.NotFound, "another shop's product has no consignment page for it");
    }

    [Fact]
    public async Task A_reseller_sees_only_what_is_shared_with_it_keeps_a_price_below_the_floor_with_its_error_and_cannot_stop_another_resellers_listing()
    {
        var product = await SellingWeb.SellableAsync(factory, stock: 5);
        var (a, b) = (await CatalogWeb.MerchantAsync(factory), await CatalogWeb.MerchantAsync(factory));
        await OpenAndShareAsync(product, await ShopNameAsync(a));

        (await b.GetAsync("/merchant/consignment")).Document.QuerySelector($"[data-product='{product.ProductId}']").ShouldBeNull();
        (await b.GetAsync($"/merchant/consignment/{product.ProductId}")).Status.ShouldBe(HttpStatusCode.NotFound);
        var browse = await a.GetAsync("/merchant/consignment");
        browse.Document.QuerySelector($"[data-product='{product.ProductId}'] [data-testid='wholesale']")!.TextContent.ShouldBe("¥80.00");

        var url = $"/merchant/consignment/{product.ProductId}";
        var form = await a.GetAsync(url);
        var key = $"Retail[{product.SkuId}]";
        var low = await a.PostAsync(url, [F(key, "99.00")], form.Token(url));
        low.Status.ShouldBe(HttpStatusCode.OK);
        low.FieldError(key).ShouldBe("零售价不能低于供货商的最低零售价 ¥100.00");
        low.InputValue(key).ShouldBe("99.00");

        var listed = await a.PostAsync(url, [F(key, "150.00")], form.Token(url));
        listed.Status.ShouldBe(HttpStatusCode.Redirect, listed.ToString());
        var mine = await a.GetAsync("/merchant/consignment");
        var listing = mine.Document.QuerySelector($"[data-product='{product.ProductId}'] form[action$='/stop']")!.GetAttribute("action")!;
        var listingId = listing.Split('/')[^2];
        var page = await factory.NewVisitor().GetAsync($"/products/{listingId}");
        page.TestId("shop-card-name").ShouldBe(await ShopNameAsync(a));

        var bPage = await b.GetAsync("/merchant/consignment/resellers");
        (await b.PostAsync(listing, [], bPage.Token("/merchant/consignment/resellers"))).Status.ShouldBe(HttpStatusCode.NotFound);
        (await factory.NewVisitor().GetAsync($"/products/{listingId}")).Status.ShouldBe(HttpStatusCode.OK, "A's listing is still on sale");
    }
}
