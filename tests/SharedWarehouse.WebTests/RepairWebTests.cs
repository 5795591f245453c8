using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// Repairs through the real pages and forms (antiforgery included): the buyer's request form and repair page, the
/// merchant's desk and terms, and who may reach which repair.
[Collection(WebCollection.Name)]
public sealed class RepairWebTests(SharedWarehouseFactory factory)
{
    private sealed record Requesting(ReceivedOrder Order, string FormUrl);

    /// A cash-on-delivery order of one bottle, shipped and received; answers the 申请维修 link of its sub-order.
    private async Task<Requesting> ReceivedAsync()
    {
        var o = await ReceivedOrderWeb.ReceivedAsync(factory, quantity: 1, stock: 5);
        return new Requesting(o, o.Received.Document.QuerySelector("[data-testid='apply-repair']")!.GetAttribute("href")!);
    }

    private static string LineId(Page form) => form.Document.QuerySelector("[data-testid='repair-lines'] input[name='LineId']")!.GetAttribute("value")!;

    private static async Task<string> OpenedAsync(Requesting r)
    {
        var form = await r.Order.Buyer.GetAsync(r.FormUrl);
        var opened = await r.Order.Buyer.PostAsync("/repairs/new", [F("SubOrderId", form.InputValue("SubOrderId")!), F("LineId", LineId(form)), F("Fault", "瓶盖拧不紧")],
            form.Token("/repairs/new"));
        opened.Status.ShouldBe(HttpStatusCode.Redirect, opened.ToString());
        return opened.Location!.Split('/')[^1];
    }

    [Fact]
    public async Task Bad_input_on_the_request_form_is_shown_next_to_each_field_with_what_was_typed_kept_and_nothing_opened()
    {
        var r = await ReceivedAsync();
        var form = await r.Order.Buyer.GetAsync(r.FormUrl);
        form.Status.ShouldBe(HttpStatusCode.OK, form.ToString());
        var subOrderId = form.InputValue("SubOrderId")!;

        var noLine = await r.Order.Buyer.PostAsync("/repairs/new", [F("SubOrderId", subOrderId), F("Fault", "瓶盖拧不紧")], form.Token("/repairs/new"));
        noLine.Status.ShouldBe(HttpStatusCode.OK, noLine.ToString());
        noLine.FieldError("LineId").ShouldBe("请选择要维修的商品");
        noLine.Text("#Fault").ShouldBe("瓶盖拧不紧");
        var noFault = await r.Order.Buyer.PostAsync("/repairs/new", [F("SubOrderId", subOrderId), F("LineId", LineId(form)), F("Fault", "  ")], form.Token("/repairs/new"));
        noFault.FieldError("Fault").ShouldBe("请描述故障");
        noFault.Document.QuerySelector($"#line-{LineId(form)}")!.HasAttribute("checked").ShouldBeTrue();
        (await r.Order.Buyer.GetAsync("/repairs")).TestId("total").ShouldBe("共 0 条");
    }

    [Fact]
    public async Task Bad_quotes_and_refusals_are_shown_next_to_their_fields_with_what_was_typed_kept_and_the_repair_unchanged()
    {
        var r = await ReceivedAsync();
        var id = await OpenedAsync(r);
        var merchant = r.Order.Product.Merchant;
        var desk = await merchant.GetAsync("/merchant/repairs?filter=New");
        desk.Document.QuerySelector($"[data-testid='repairs'] li[data-id='{id}']").ShouldNotBeNull();
        var url = $"/merchant/repairs/{id}";
        var page = await merchant.GetAsync(url);
        page.TestId("repair-status").ShouldBe("待商家受理");

        var bad = await merchant.PostAsync($"{url}/quote", [F("Form", "quote"), F("Parts", "30.00"), F("Labour", "二十"), F("ValidUntil", ""), F("Note", "换瓶盖")],
            page.Token($"{url}/quote"));
        bad.Status.ShouldBe(HttpStatusCode.OK, bad.ToString());
        bad.FieldError("Labour").ShouldBe("请输入正确的金额，最多两位小数");
        bad.FieldError("ValidUntil").ShouldBe("请选择报价有效期");
        (bad.InputValue("Parts"), bad.InputValue("Labour"), bad.InputValue("Note")).ShouldBe(("30.00", "二十", "换瓶盖"));
        bad.TestId("repair-status").ShouldBe("待商家受理");
        var past = await merchant.PostAsync($"{url}/quote", [F("Form", "quote"), F("Parts", "0"), F("Labour", "20"), F("ValidUntil", "2000-01-01")], page.Token($"{url}/quote"));
        past.FieldError("ValidUntil").ShouldBe("有效期不能早于今天");
        past.InputValue("ValidUntil").ShouldBe("2000-01-01");
        var nothing = await merchant.PostAsync($"{url}/quote", [F("Form", "quote"), F("Parts", ""), F("Labour", "0"), F("ValidUntil", "2099-01-01")], page.Token($"{url}/quote"));
        nothing.FieldError("Labour").ShouldBe("报价合计应大于 0");
        var emptyRefusal = await merchant.PostAsync($"{url}/refuse", [F("Form", "refuse"), F("Note", "")], page.Token($"{url}/refuse"));
        emptyRefusal.Text("#refuse-Note-error").ShouldBe("请填写说明");
        emptyRefusal.Text("#quote-Note-error").ShouldBe(""); // the quote form has a Note too: only the refusal's shows the error

        (await r.Order.Buyer.GetAsync($"/repairs/{id}")).Document.QuerySelectorAll("[data-testid='step']").Length.ShouldBe(1); // nothing happened
    }

    [Fact]
    public async Task A_product_s_warranty_is_set_on_the_terms_page_and_bad_months_are_refused_with_what_was_typed_kept()
    {
        var r = await ReceivedAsync();
        var merchant = r.Order.Product.Merchant;
        var terms = await merchant.GetAsync("/merchant/repairs/terms");
        terms.Status.ShouldBe(HttpStatusCode.OK, terms.ToString());
        var action = $"/merchant/repairs/terms/{r.Order.Product.ProductId}";
        var bad = await merchant.PostAsync(action, [F("WarrantyMonths", "十二"), F("AcceptsRepairs", "true")], terms.Token(action));
        bad.Status.ShouldBe(HttpStatusCode.OK, bad.ToString());
        bad.FieldError("WarrantyMonths").ShouldBe("保修期应为 0 到 120 的整数（月）");
        bad.InputValue("WarrantyMonths").ShouldBe("十二");
        (await merchant.PostAsync(action, [F("WarrantyMonths", "12"), F("AcceptsRepairs", "true")], terms.Token(action))).Status.ShouldBe(HttpStatusCode.Redirect);

        // Received today with 12 months: free, accepted without a quote.
        var id = await OpenedAsync(r);
        var mine = await r.Order.Buyer.GetAsync($"/repairs/{id}");
        mine.TestId("warranty")!.ShouldStartWith("保修期内（免费）");
        var page = await merchant.GetAsync($"/merchant/repairs/{id}");
        page.Form($"/merchant/repairs/{id}/quote").ShouldBeNull();
        (await merchant.PostAsync($"/merchant/repairs/{id}/accept", [], page.Token($"/merchant/repairs/{id}/accept"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await r.Order.Buyer.GetAsync($"/repairs/{id}")).TestId("repair-status").ShouldBe("待寄修");
    }

    [Fact]
    public async Task Another_buyer_and_another_merchant_get_404_on_every_repair_route()
    {
        var r = await ReceivedAsync();
        var form = await r.Order.Buyer.GetAsync(r.FormUrl);
        form.Form("/repairs/new")!.GetAttribute("enctype").ShouldBe("multipart/form-data");
        var opened = await r.Order.Buyer.PostMultipartAsync("/repairs/new", [F("SubOrderId", form.InputValue("SubOrderId")!), F("LineId", LineId(form)),
            F("Fault", "瓶身裂纹")], [new Upload("Images", "crack.png", Png(180, 20, 20))], form.Token("/repairs/new"));
        opened.Status.ShouldBe(HttpStatusCode.Redirect, opened.ToString());
        var id = opened.Location!.Split('/')[^1];
        var photo = (await r.Order.Buyer.GetAsync($"/repairs/{id}")).Document.QuerySelector("[data-testid='photos'] img")!.GetAttribute("src")!;
        var photoId = photo.Split('/')[^1];
        (await r.Order.Buyer.Http.GetAsync(photo)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await r.Order.Product.Merchant.Http.GetAsync($"/merchant/repairs/{id}/photos/{photoId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stranger = await factory.BuyerAsync();
        var token = (await stranger.GetAsync("/account/addresses")).Token("/account/addresses");
        (await stranger.GetAsync(r.FormUrl)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/repairs/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Http.GetAsync(photo)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var action in new[] { "pay", "decline", "send", "confirm", "cancel" })
            (await stranger.PostAsync($"/repairs/{id}/{action}", [F("DropOff", "true")], token)).Status.ShouldBe(HttpStatusCode.NotFound, action);
        (await stranger.PostAsync("/repairs/new", [F("SubOrderId", form.InputValue("SubOrderId")!), F("LineId", LineId(form)), F("Fault", "坏了")], token))
            .Status.ShouldBe(HttpStatusCode.NotFound);

        var otherShop = (await SellingWeb.SellableAsync(factory, stock: 1)).Merchant;
        var desk = await otherShop.GetAsync("/merchant/repairs?filter=All");
        desk.Status.ShouldBe(HttpStatusCode.OK);
        desk.Document.QuerySelector($"li[data-id='{id}']").ShouldBeNull();
        (await otherShop.GetAsync($"/merchant/repairs/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await otherShop.Http.GetAsync($"/merchant/repairs/{id}/photos/{photoId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var merchantToken = (await otherShop.GetAsync("/merchant/repairs/terms")).Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        foreach (var action in new[] { "accept", "quote", "refuse", "receive", "parts", "work", "ship" })
            (await otherShop.PostAsync($"/merchant/repairs/{id}/{action}", [F("Note", "x"), F("Parts", "1"), F("Labour", "1"), F("ValidUntil", "2099-01-01"),
                F("SkuCode", r.Order.Product.SkuCode), F("Quantity", "1"), F("Carrier", "SF"), F("TrackingNumber", "SF1234567890")], merchantToken))
                .Status.ShouldBe(HttpStatusCode.NotFound, action);
        (await otherShop.PostAsync($"/merchant/repairs/terms/{r.Order.Product.ProductId}", [F("WarrantyMonths", "1"), F("AcceptsRepairs", "false")], merchantToken))
            .Status.ShouldBe(HttpStatusCode.NotFound); // another shop's product

        (await r.Order.Buyer.GetAsync($"/merchant/repairs/{id}")).Location!.ShouldStartWith("/account/denied");
        (await r.Order.Buyer.GetAsync($"/repairs/{id}")).TestId("repair-status").ShouldBe("待商家受理"); // nothing changed
        (await r.Order.Buyer.PostAsync("/repairs/new", [F("SubOrderId", Guid.NewGuid().ToString())], null)).Status.ShouldBe(HttpStatusCode.BadRequest); // no token
    }
    [Fact]
    public async Task Every_repair_page_is_in_English_for_an_English_reader_including_a_refused_form()
    {
        var r = await ReceivedAsync();
        var id = await OpenedAsync(r);
        var (buyer, merchant) = (r.Order.Buyer, r.Order.Product.Merchant);
        foreach (var v in new[] { buyer, merchant }) v.SetCookie(".AspNetCore.Culture", Uri.EscapeDataString("c=en-US|uic=en-US"));

        var pages = new (Visitor Who, string Url, string Text)[]
        {
            (buyer, "/repairs", "My repairs"), (buyer, r.FormUrl, "Submit repair request"), (buyer, $"/repairs/{id}", "Awaiting merchant"),
            (merchant, "/merchant/repairs", "To accept / quote"), (merchant, $"/merchant/repairs/{id}", "Quote valid until"),
            (merchant, "/merchant/repairs/terms", "Warranty terms"),
        };
        foreach (var (who, url, text) in pages)
        {
            var page = await who.GetAsync(url);
            page.Status.ShouldBe(HttpStatusCode.OK, url);
            page.Document.DocumentElement.GetAttribute("lang").ShouldBe("en-US", url);
            page.Document.QuerySelector("main")!.TextContent.ShouldContain(text, Case.Sensitive, url);
        }
        var step = await buyer.GetAsync($"/repairs/{id}");
        step.Text("[data-testid='timeline']")!.ShouldContain("Buyer Request repair");
        var url2 = $"/merchant/repairs/{id}";
        var form = await merchant.GetAsync(url2);
        var bad = await merchant.PostAsync($"{url2}/quote", [F("Form", "quote"), F("Parts", "1"), F("Labour", "0"), F("ValidUntil", "2000-01-01")], form.Token($"{url2}/quote"));
        bad.FieldError("ValidUntil").ShouldBe("The validity cannot end before today");
    }
}
