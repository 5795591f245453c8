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

    /// Supplier and reseller set up through the forms, the reseller lists at ¥150, a buyer orders one cash on delivery and
    /// the supplier ships the purchase from its desk; answers the actors and the buyer's order id.
    private async Task<(Visitor Supplier, Visitor Reseller, Visitor Buyer, string OrderId)> ShippedCashOnDeliveryAsync()
    {
        var product = await SellingWeb.SellableAsync(factory, stock: 5);
        var reseller = await CatalogWeb.MerchantAsync(factory);
        await OpenAndShareAsync(product, await ShopNameAsync(reseller));
        var url = $"/merchant/consignment/{product.ProductId}";
        var form = await reseller.GetAsync(url);
        (await reseller.PostAsync(url, [F($"Retail[{product.SkuId}]", "150.00")], form.Token(url))).Status.ShouldBe(HttpStatusCode.Redirect);
        var listingId = (await reseller.GetAsync("/merchant/consignment")).Document
            .QuerySelector($"[data-product='{product.ProductId}'] form[action$='/stop']")!.GetAttribute("action")!.Split('/')[^2];

        var buyer = await factory.BuyerAsync();
        var page = await buyer.GetAsync($"/products/{listingId}");
        var sku = page.Document.QuerySelector("[data-testid='add-to-cart'] input[name='SkuId']")!.GetAttribute("value")!;
        await buyer.PostAsync("/cart/add", [F("SkuId", sku), F("Quantity", "1")], page.Token("/cart/add"));
        await buyer.SubmitAsync("/account/addresses", "/account/addresses", [F("Recipient", "赵六"), F("Phone", "13912345678"), F("RegionCode", District), F("Detail", "文一路 8 号")]);
        var checkout = await buyer.GetAsync("/checkout");
        var placed = await buyer.PostAsync("/checkout",
            [F("IdempotencyKey", checkout.InputValue("IdempotencyKey")!), F("AddressId", checkout.Document.QuerySelector("input[name='AddressId']")!.GetAttribute("value")!),
             F("Delivery", "Express"), F("PayBy", "CashOnDelivery"), F("InvoiceKind", "None"), F("InvoiceTitle", ""), F("TaxId", ""), F("Message", "")],
            checkout.Token("/checkout"));
        placed.Status.ShouldBe(HttpStatusCode.Redirect, placed.ToString());
        var orderId = placed.Location!.Split('/').Last(p => p.Length == 36);

        var desk = await product.Merchant.GetAsync("/merchant/orders?filter=Consignment");
        var row = desk.Document.QuerySelector("[data-testid='desk'] tbody tr")!;
        row.QuerySelector("[data-testid='reseller']")!.TextContent.ShouldBe(await ShopNameAsync(reseller));
        var deskUrl = $"/merchant/orders/{row.GetAttribute("data-id")}";
        var details = await product.Merchant.GetAsync(deskUrl);
        var field = details.Document.QuerySelector("[data-testid='lines'] input[name^='Quantities']")!.GetAttribute("name")!;
        (await product.Merchant.PostAsync($"{deskUrl}/ship", [F("Carrier", "SF"), F("TrackingNumber", ""), F(field, "1")], details.Token($"{deskUrl}/ship")))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        return (product.Merchant, reseller, buyer, orderId);
    }

    [Fact]
    public async Task A_consignment_return_keeps_bad_input_with_its_errors_and_only_the_reseller_then_the_supplier_can_act_on_it()
    {
        var (supplier, reseller, buyer, orderId) = await ShippedCashOnDeliveryAsync();
        var order = await buyer.GetAsync($"/orders/{orderId}");
        order.TestId("status").ShouldBe("已发货");
        var url = $"/orders/{orderId}/returns";
        var form = await buyer.GetAsync(url);
        var line = form.Document.QuerySelector("#LineId option[value]:not([value=''])")!.GetAttribute("value")!;
        var bad = await buyer.PostAsync(url, [F("LineId", line), F("Reason", "")], form.Token(url));
        bad.Status.ShouldBe(HttpStatusCode.OK);
        bad.FieldError("Reason").ShouldBe("请填写退货原因");
        bad.Document.QuerySelector("#LineId option[selected]")!.GetAttribute("value").ShouldBe(line);
        (await buyer.PostAsync(url, [F("LineId", line), F("Reason", "瓶盖漏酒")], form.Token(url))).Status.ShouldBe(HttpStatusCode.Redirect);
        var stranger = await factory.BuyerAsync();
        (await stranger.GetAsync(url)).Status.ShouldBe(HttpStatusCode.NotFound);

        var list = await reseller.GetAsync("/merchant/consignment/returns");
        var id = list.Document.QuerySelector("[data-testid='merchant-returns'] tbody tr")!.GetAttribute("data-id")!;
        var review = $"/merchant/consignment/returns/{id}/review";
        var decide = $"/merchant/consignment/returns/{id}/decide";
        (await supplier.PostAsync(review, [F("Approve", "true")], (await supplier.GetAsync("/merchant/consignment/resellers")).Token("/merchant/consignment/resellers")))
            .Status.ShouldBe(HttpStatusCode.NotFound, "only the reseller reviews");
        var noReason = await reseller.PostAsync(review, [F("Approve", "false"), F("Note", " ")], list.Token(review));
        noReason.Status.ShouldBe(HttpStatusCode.OK);
        noReason.FieldError("Note").ShouldBe("拒绝时请填写原因");
        (await reseller.PostAsync(review, [F("Approve", "true"), F("Note", "同意")], list.Token(review))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await reseller.PostAsync(decide, [F("Approve", "true")], list.Token(review))).Status.ShouldBe(HttpStatusCode.NotFound, "only the supplier decides");
        var supplierList = await supplier.GetAsync("/merchant/consignment/returns");
        (await supplier.PostAsync(decide, [F("Approve", "true"), F("Note", "已收到")], supplierList.Token(decide))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await buyer.GetAsync(url)).TestId("return-status").ShouldBe("已退货退款");
        (await reseller.GetAsync("/merchant/consignment/returns")).TestId("return-status")!.ShouldStartWith("已退货退款");
    }
}
