using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// "录入线下订单" on the merchant desk: the form, its errors, and who may see the keyed order.
[Collection(WebCollection.Name)]
public sealed class OfflineOrderTests(SharedWarehouseFactory factory)
{
    private const string Form = "/merchant/orders/new";

    private static List<KeyValuePair<string, string>> Fields(string key, string code, string quantity = "2", string price = "", string discount = "5") =>
    [
        F("IdempotencyKey", key), F("BuyerName", "王五"), F("Phone", "13812345678"), F("Delivery", "Express"), F("RegionCode", District), F("Detail", "文三路 1 号"),
        F("Lines[0].SkuCode", code), F("Lines[0].Quantity", quantity), F("Lines[0].UnitPrice", price),
        F("Lines[1].SkuCode", ""), F("Lines[1].Quantity", ""), F("Lines[1].UnitPrice", ""),
        F("ShippingFee", "15"), F("Discount", discount), F("InvoiceKind", "Company"), F("InvoiceTitle", "杭州某某有限公司"), F("TaxId", "91350100M000100Y43"),
        F("PayBy", "PaidOffline"), F("PaidBy", "Transfer"), F("PaymentReference", "TX1"), F("Message", "老客户"),
    ];

    [Fact]
    public async Task The_merchant_keys_in_an_order_once_per_form_and_it_appears_on_the_desk_as_offline()
    {
        var product = await SellingWeb.SellableAsync(factory, stock: 6);
        var merchant = product.Merchant;
        var form = await merchant.GetAsync(Form);
        form.Status.ShouldBe(HttpStatusCode.OK, form.ToString());
        var key = form.InputValue("IdempotencyKey")!;
        form.Document.QuerySelector($"#shop-skus option[value='{product.SkuCode}']").ShouldNotBeNull();

        var fields = Fields(key, product.SkuCode, price: "120.50");
        var created = await merchant.PostAsync(Form, fields, form.Token(Form));
        created.Status.ShouldBe(HttpStatusCode.Redirect, created.ToString());
        var again = await merchant.PostAsync(Form, fields, form.Token(Form));
        again.Location.ShouldBe(created.Location);

        var details = await merchant.FollowAsync(created);
        details.TestId("status").ShouldBe("待发货");
        details.TestId("offline").ShouldBe("线下订单");
        details.TestId("offline-payment").ShouldBe("银行转账 TX1");
        details.TestId("sub-total").ShouldBe("¥251.00"); // 2 × 120.50 + 15 − 5
        var desk = await merchant.GetAsync("/merchant/orders?filter=Offline");
        desk.TestId("count-Offline").ShouldBe("1");
        desk.Document.QuerySelectorAll("[data-testid='desk'] tbody tr").Length.ShouldBe(1);

        var url = created.Location!;
        var field = details.Document.QuerySelector($"tr[data-sku='{product.SkuCode}'] input")!.GetAttribute("name")!;
        (await merchant.PostAsync($"{url}/ship", [F("Carrier", "SF"), F("TrackingNumber", ""), F(field, "2")], details.Token($"{url}/ship"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var shipped = await merchant.GetAsync(url);
        shipped.TestId("status").ShouldBe("已发货");
        (await merchant.PostAsync($"{url}/delivered", [], shipped.Token($"{url}/delivered"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await merchant.GetAsync(url)).TestId("status").ShouldBe("已收货");
    }

    [Fact]
    public async Task Bad_input_shows_every_error_next_to_its_field_keeps_the_typed_lines_and_creates_nothing()
    {
        var product = await SellingWeb.SellableAsync(factory, stock: 2);
        var merchant = product.Merchant;
        var form = await merchant.GetAsync(Form);
        var key = form.InputValue("IdempotencyKey")!;
        var fields = Fields(key, product.SkuCode, quantity: "abc", price: "-1", discount: "x")
            .Select(f => f.Key switch { "Phone" => F("Phone", "12"), "TaxId" => F("TaxId", "91350100M000100Y44"), "Lines[1].SkuCode" => F("Lines[1].SkuCode", "NO-SUCH"), _ => f }).ToList();
        var bad = await merchant.PostAsync(Form, fields, form.Token(Form));
        bad.Status.ShouldBe(HttpStatusCode.OK, bad.ToString());
        bad.FieldError("Phone").ShouldBe("请填写正确的手机号");
        bad.FieldError("TaxId")!.ShouldStartWith("纳税人识别号");
        bad.FieldError("Lines[0].Quantity")!.ShouldStartWith("数量应为");
        bad.FieldError("Lines[0].UnitPrice")!.ShouldStartWith("单价应为");
        bad.FieldError("Lines[1].SkuCode").ShouldBe("本店没有该 SKU，或尚未审核通过");
        bad.FieldError("Discount")!.ShouldStartWith("优惠应为");
        (bad.InputValue("Lines[0].SkuCode"), bad.InputValue("Lines[0].Quantity"), bad.InputValue("Lines[0].UnitPrice"), bad.InputValue("Lines[1].SkuCode"))
            .ShouldBe((product.SkuCode, "abc", "-1", "NO-SUCH"));
        (bad.InputValue("Phone"), bad.InputValue("IdempotencyKey")).ShouldBe(("12", key));

        var shortage = await merchant.PostAsync(Form, Fields(key, product.SkuCode, quantity: "3"), bad.Token(Form));
        shortage.Status.ShouldBe(HttpStatusCode.OK);
        shortage.FieldError("Lines[0].Quantity").ShouldBe("库存不足，本店可售 2 件");
        (await merchant.GetAsync("/merchant/orders?filter=All")).TestId("total").ShouldBe("共 0 条");

        var preview = await merchant.PostAsync(Form, [.. Fields(key, product.SkuCode), F("op", "preview")], bad.Token(Form));
        preview.TestId("total").ShouldBe("¥266.00"); // 2 × 128.00 + 15 − 5
        (await merchant.GetAsync("/merchant/orders?filter=All")).TestId("total").ShouldBe("共 0 条");
    }

    [Fact]
    public async Task Merchant_B_cannot_key_in_A_s_sku_nor_open_ship_or_mark_A_s_offline_order_and_the_form_needs_its_token()
    {
        var a = await SellingWeb.SellableAsync(factory, stock: 6);
        var form = await a.Merchant.GetAsync(Form);
        var created = await a.Merchant.PostAsync(Form, Fields(form.InputValue("IdempotencyKey")!, a.SkuCode), form.Token(Form));
        created.Status.ShouldBe(HttpStatusCode.Redirect, created.ToString());
        var url = created.Location!;

        var b = await CatalogWeb.MerchantAsync(factory);
        var bForm = await b.GetAsync(Form);
        (await b.PostAsync(Form, Fields(form.InputValue("IdempotencyKey")!, a.SkuCode), null)).Status.ShouldBe(HttpStatusCode.BadRequest);
        var refused = await b.PostAsync(Form, Fields(bForm.InputValue("IdempotencyKey")!, a.SkuCode), bForm.Token(Form));
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.FieldError("Lines[0].SkuCode").ShouldBe("本店没有该 SKU，或尚未审核通过");
        (await b.GetAsync(url)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.PostAsync($"{url}/delivered", [], bForm.Token(Form))).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.PostAsync($"{url}/ship", [F("Carrier", "SF"), F("TrackingNumber", "")], bForm.Token(Form))).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.GetAsync("/merchant/orders?filter=Offline")).TestId("total").ShouldBe("共 0 条");
        (await b.PostAsync($"{url}/cancel-keyed", [F("Reason", "录入有误")], bForm.Token(Form))).Status.ShouldBe(HttpStatusCode.NotFound);
        var mine = await a.Merchant.GetAsync(url);
        mine.TestId("status").ShouldBe("待发货");
        (await a.Merchant.PostAsync($"{url}/cancel-keyed", [F("Reason", "录入有误")], mine.Token($"{url}/cancel-keyed"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await a.Merchant.GetAsync(url)).TestId("status").ShouldBe("已取消");
    }
}
