using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class OrderingCheckoutTests(SharedWarehouseFactory factory)
{
    private static List<KeyValuePair<string, string>> Checkout(Page form, string? address, string payBy = "CashOnDelivery", string invoice = "None",
        string title = "", string taxId = "", string message = "下午送") =>
    [
        F("IdempotencyKey", form.InputValue("IdempotencyKey")!), F("AddressId", address ?? ""), F("Delivery", "Express"), F("PayBy", payBy),
        F("InvoiceKind", invoice), F("InvoiceTitle", title), F("TaxId", taxId), F("Message", message),
    ];

    private static async Task<string> AddressAsync(Visitor buyer)
    {
        var saved = await buyer.SubmitAsync("/account/addresses", "/account/addresses",
            [F("Recipient", "王五"), F("Phone", "13912345678"), F("RegionCode", District), F("Detail", "文三路 100 号"), F("ReturnUrl", "/checkout")]);
        saved.Status.ShouldBe(HttpStatusCode.Redirect, saved.ToString());
        saved.Location.ShouldBe("/checkout");
        return (await buyer.GetAsync("/account/addresses")).Document.QuerySelector("[data-testid='addresses'] li")!.GetAttribute("data-id")!;
    }

    [Fact]
    public async Task A_visitor_cart_joins_the_buyer_at_sign_in_bad_checkout_input_is_shown_by_field_and_a_replayed_form_makes_one_order()
    {
        var product = await SellingWeb.SellableAsync(factory, stock: 10);
        var account = await factory.BuyerAsync();
        var buyer = factory.NewVisitor();
        var page = await buyer.GetAsync($"/products/{product.ProductId}");
        (await buyer.PostAsync("/cart/add", [F("SkuId", product.SkuId), F("Quantity", "2"), F("ReturnUrl", $"/products/{product.ProductId}")], page.Token("/cart/add")))
            .Location.ShouldBe("/cart");
        buyer.HasCookie("sw_cart").ShouldBeTrue();
        (await buyer.SignInAsync(account.Phone!, Password)).Status.ShouldBe(HttpStatusCode.Redirect);

        var cart = await buyer.GetAsync("/cart");
        cart.Document.QuerySelectorAll("[data-testid='line']").Length.ShouldBe(1);
        cart.TestId("goods-total").ShouldBe("¥256.00");
        buyer.HasCookie("sw_cart").ShouldBeFalse();

        var form = await buyer.GetAsync("/checkout");
        var bad = await buyer.PostAsync("/checkout", Checkout(form, null, invoice: "Company", title: "杭州某某有限公司", taxId: "123"), form.Token("/checkout"));
        bad.Status.ShouldBe(HttpStatusCode.OK);
        bad.FieldError("AddressId").ShouldBe("请选择收货地址");
        bad.InputValue("InvoiceTitle").ShouldBe("杭州某某有限公司");
        bad.InputValue("Message").ShouldBe("下午送");
        var badAddress = await buyer.SubmitAsync("/account/addresses", "/account/addresses", [F("Recipient", "王五"), F("Phone", "12345"), F("RegionCode", District), F("Detail", "文三路")]);
        badAddress.FieldError("Phone").ShouldBe("请填写手机号，或带区号的座机");
        badAddress.InputValue("Detail").ShouldBe("文三路");

        var address = await AddressAsync(buyer);
        form = await buyer.GetAsync("/checkout");
        var badTax = await buyer.PostAsync("/checkout", Checkout(form, address, invoice: "Company", title: "杭州某某有限公司", taxId: "123"), form.Token("/checkout"));
        badTax.FieldError("TaxId").ShouldBe("纳税人识别号应为18位统一社会信用代码，且校验位正确");
        (await buyer.GetAsync("/orders")).TestId("total").ShouldBe("共 0 条");

        var fields = Checkout(badTax, address, invoice: "Company", title: "杭州某某有限公司", taxId: "91350100M000100Y43");
        var placed = await buyer.PostAsync("/checkout", fields, badTax.Token("/checkout"));
        var replayed = await buyer.PostAsync("/checkout", fields, badTax.Token("/checkout"));

        placed.Status.ShouldBe(HttpStatusCode.Redirect, placed.ToString());
        replayed.Location.ShouldBe(placed.Location);
        var order = await buyer.GetAsync(placed.Location!);
        order.TestId("status").ShouldBe("待发货");
        order.TestId("order-total").ShouldBe("¥256.00");
        (await buyer.GetAsync("/orders")).TestId("total").ShouldBe("共 1 条");
        (await factory.NewVisitor().GetAsync($"/products/{product.ProductId}")).Text($"[data-sku-detail][data-code='{product.SkuCode}'] [data-testid='available']").ShouldBe("8");
    }

    [Fact]
    public async Task Buyer_Y_can_neither_see_nor_pay_nor_cancel_X_s_order_and_X_cancels_with_a_reason()
    {
        var product = await SellingWeb.SellableAsync(factory, stock: 5);
        var x = await factory.BuyerAsync();
        var page = await x.GetAsync($"/products/{product.ProductId}");
        await x.PostAsync("/cart/add", [F("SkuId", product.SkuId), F("Quantity", "1")], page.Token("/cart/add"));
        var address = await AddressAsync(x);
        var form = await x.GetAsync("/checkout");
        var placed = await x.PostAsync("/checkout", Checkout(form, address, payBy: "Online"), form.Token("/checkout"));
        var orderUrl = placed.Location!.Replace("/pay", "");
        placed.Location.ShouldEndWith("/pay");
        var toGateway = await x.GetAsync(placed.Location!);
        toGateway.Location!.ShouldStartWith("/paysim/");

        var y = await factory.BuyerAsync();
        var token = (await y.GetAsync("/account/addresses")).Token("/account/addresses");
        (await y.GetAsync(orderUrl)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await y.GetAsync($"{orderUrl}/pay")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await y.PostAsync($"{orderUrl}/cancel", [F("Reason", "不想买了")], token)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await factory.NewVisitor().GetAsync(orderUrl)).Status.ShouldBe(HttpStatusCode.Redirect, "anonymous visitors are sent to sign in");

        var details = await x.GetAsync(orderUrl);
        details.TestId("status").ShouldBe("待付款");
        var noReason = await x.PostAsync($"{orderUrl}/cancel", [F("Reason", "")], details.Token($"{orderUrl}/cancel"));
        noReason.FieldError("Reason").ShouldBe("请选择取消原因");
        (await x.PostAsync($"{orderUrl}/cancel", [F("Reason", "不想买了")], details.Token($"{orderUrl}/cancel"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await x.GetAsync(orderUrl)).TestId("status").ShouldBe("已取消");
        (await factory.NewVisitor().GetAsync($"/products/{product.ProductId}")).Text($"[data-sku-detail][data-code='{product.SkuCode}'] [data-testid='available']").ShouldBe("5");
    }
}
