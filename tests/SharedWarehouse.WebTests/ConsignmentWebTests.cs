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
    public async Task A_consignment_return_is_one_after_sales_request_the_reseller_answers_and_the_supplier_receives()
    {
        var (supplier, reseller, buyer, orderId) = await ShippedCashOnDeliveryAsync();
        var order = await buyer.GetAsync($"/orders/{orderId}");
        order.TestId("status").ShouldBe("已发货");
        order.Document.QuerySelector("[data-testid='returns']").ShouldBeNull(); // the old separate path is gone
        var form = await buyer.GetAsync(order.Document.QuerySelector("[data-testid='apply-after-sale']")!.GetAttribute("href")!);
        var qty = form.Document.QuerySelector("[data-testid='apply-lines'] input[type='number']")!.GetAttribute("name")!;
        var subOrderId = form.InputValue("SubOrderId")!;

        // Consignment goods go back to the supplier: refund-only is refused next to the line, with what was typed kept.
        var bad = await buyer.PostAsync("/after-sales/new", [F("SubOrderId", subOrderId), F("Kind", "RefundOnly"), F(qty, "1"), F("Reason", "质量问题"),
            F("Description", "瓶盖漏酒"), F("Amount", "")], form.Token("/after-sales/new"));
        bad.Status.ShouldBe(HttpStatusCode.OK, bad.ToString());
        bad.FieldError(qty).ShouldBe("代销商品请选择退货退款（商品寄回供货商）");
        bad.InputValue(qty).ShouldBe("1");
        bad.Text("#Description").ShouldBe("瓶盖漏酒");
        var opened = await buyer.PostAsync("/after-sales/new", [F("SubOrderId", subOrderId), F("Kind", "ReturnAndRefund"), F(qty, "1"), F("Reason", "质量问题"),
            F("Description", "瓶盖漏酒"), F("Amount", "")], form.Token("/after-sales/new"));
        opened.Status.ShouldBe(HttpStatusCode.Redirect, opened.ToString());
        var id = opened.Location!.Split('/')[^1];
        (await (await factory.BuyerAsync()).GetAsync($"/after-sales/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);

        // The supplier sees the request, but only the reseller answers it.
        var deskUrl = $"/merchant/after-sales/{id}";
        var supplierPage = await supplier.GetAsync(deskUrl);
        supplierPage.Status.ShouldBe(HttpStatusCode.OK);
        supplierPage.TestId("consignment-parties")!.ShouldContain("由您收货验收");
        supplierPage.Document.QuerySelector("[data-testid='agree']").ShouldBeNull();
        (await supplier.PostAsync($"{deskUrl}/agree", [], supplierPage.Token("/account/logout"))).Status.ShouldBe(HttpStatusCode.NotFound);
        var resellerPage = await reseller.GetAsync(deskUrl);
        resellerPage.Document.QuerySelector("[data-testid='offer-form']").ShouldBeNull(); // no partial refund for goods the supplier is owed
        (await reseller.PostAsync($"{deskUrl}/agree", [], resellerPage.Token(deskUrl + "/agree"))).Status.ShouldBe(HttpStatusCode.Redirect);

        var mine = await buyer.GetAsync($"/after-sales/{id}");
        (await buyer.PostAsync($"/after-sales/{id}/ship-back", [F("Form", "ship-back"), F("Carrier", "SF"), F("TrackingNumber", "SF1234567890")],
            mine.Token($"/after-sales/{id}/ship-back"))).Status.ShouldBe(HttpStatusCode.Redirect);

        // The goods come to the supplier, who inspects them; the reseller cannot.
        (await reseller.PostAsync($"{deskUrl}/receive", [F("Accept", "true")], resellerPage.Token("/account/logout"))).Status.ShouldBe(HttpStatusCode.NotFound);
        supplierPage = await supplier.GetAsync(deskUrl);
        (await supplier.PostAsync($"{deskUrl}/receive", [F("Accept", "true")], supplierPage.Token(deskUrl + "/receive"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await buyer.GetAsync($"/after-sales/{id}")).TestId("after-sale-status").ShouldBe("已退款");
        (await supplier.GetAsync("/merchant/after-sales?filter=All")).Document.QuerySelector($"[data-testid='after-sales'] li[data-id='{id}']").ShouldNotBeNull();
    }
}
