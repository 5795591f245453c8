using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Events;
using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// After-sales through the real pages and forms (antiforgery included): the buyer's apply form and request page, the
/// merchant's desk, the platform's queue, and who may reach which request.
[Collection(WebCollection.Name)]
public sealed class AfterSaleWebTests(SharedWarehouseFactory factory)
{
    private sealed record Applying(SellableProduct Product, Visitor Buyer, string ApplyUrl);

    /// A cash-on-delivery order of two bottles, shipped and received; answers the 申请售后 link of its sub-order.
    private async Task<Applying> ReceivedAsync()
    {
        var o = await ReceivedOrderWeb.ReceivedAsync(factory, quantity: 2, stock: 6);
        return new Applying(o.Product, o.Buyer, o.Received.Document.QuerySelector("[data-testid='apply-after-sale']")!.GetAttribute("href")!);
    }

    private static string QuantityField(Page form) => form.Document.QuerySelector("[data-testid='apply-lines'] input[type='number']")!.GetAttribute("name")!;

    [Fact]
    public async Task Bad_input_on_the_apply_form_is_shown_next_to_each_field_with_what_was_typed_kept_and_nothing_opened()
    {
        var o = await ReceivedAsync();
        var form = await o.Buyer.GetAsync(o.ApplyUrl);
        form.Status.ShouldBe(HttpStatusCode.OK, form.ToString());
        var qty = QuantityField(form);
        var subOrderId = form.InputValue("SubOrderId")!;

        var tooMany = await o.Buyer.PostAsync("/after-sales/new", [F("SubOrderId", subOrderId), F("Kind", "RefundOnly"), F(qty, "3"), F("Reason", "质量问题"),
            F("Description", "瓶盖漏酒"), F("Amount", "")], form.Token("/after-sales/new"));
        tooMany.Status.ShouldBe(HttpStatusCode.OK, tooMany.ToString());
        tooMany.FieldError(qty).ShouldBe("数量应在 1 到 2 之间");
        tooMany.InputValue(qty).ShouldBe("3");
        tooMany.Text("#Description").ShouldBe("瓶盖漏酒");
        tooMany.Document.QuerySelector("#Reason option[selected]")!.GetAttribute("value").ShouldBe("质量问题");
        tooMany.Document.QuerySelector("#Kind-RefundOnly")!.HasAttribute("checked").ShouldBeTrue();

        var badAmount = await o.Buyer.PostAsync("/after-sales/new", [F("SubOrderId", subOrderId), F("Kind", "RefundOnly"), F(qty, "1"), F("Reason", "质量问题"),
            F("Description", "瓶盖漏酒"), F("Amount", "一百")], form.Token("/after-sales/new"));
        badAmount.FieldError("Amount").ShouldBe("请输入正确的金额，最多两位小数");
        badAmount.InputValue("Amount").ShouldBe("一百");
        var tooMuch = await o.Buyer.PostAsync("/after-sales/new", [F("SubOrderId", subOrderId), F("Kind", "RefundOnly"), F(qty, "1"), F("Reason", "质量问题"),
            F("Description", "瓶盖漏酒"), F("Amount", "128.01")], form.Token("/after-sales/new"));
        tooMuch.FieldError("Amount").ShouldBe("退款金额应大于 0 且不超过 128.00 元");
        var noReason = await o.Buyer.PostAsync("/after-sales/new", [F("SubOrderId", subOrderId), F("Kind", "RefundOnly"), F(qty, "1"), F("Reason", ""),
            F("Description", ""), F("Amount", "")], form.Token("/after-sales/new"));
        noReason.FieldError("Reason").ShouldBe("请选择售后原因");

        (await o.Buyer.GetAsync("/after-sales")).TestId("total").ShouldBe("共 0 条");
    }

    [Fact]
    public async Task The_apply_form_marks_a_product_whose_category_refuses_no_reason_returns_and_such_a_request_is_refused_next_to_the_reason()
    {
        var o = await ReceivedAsync();
        var admin = await factory.AdminAsync();
        var categories = await admin.GetAsync("/admin/catalog/categories");
        var liquor = categories.Document.QuerySelectorAll("#ParentId option").First(x => x.TextContent.Trim() == "酒水").GetAttribute("value")!;
        var action = $"/admin/catalog/categories/{liquor}/no-reason-returns";
        (await admin.PostAsync(action, [F("NoReasonReturns", "refused")], categories.Token(action))).Status.ShouldBe(HttpStatusCode.Redirect);
        try
        {
            var form = await o.Buyer.GetAsync(o.ApplyUrl);
            form.Document.QuerySelector("[data-testid='apply-lines'] [data-testid='no-reason-excluded']")!.TextContent.Trim().ShouldBe("不支持七天无理由");
            var refused = await o.Buyer.PostAsync("/after-sales/new", [F("SubOrderId", form.InputValue("SubOrderId")!), F("Kind", "RefundOnly"),
                F(QuantityField(form), "1"), F("Reason", "七天无理由"), F("Description", ""), F("Amount", "")], form.Token("/after-sales/new"));
            refused.Status.ShouldBe(HttpStatusCode.OK, refused.ToString());
            refused.FieldError("Reason").ShouldBe($"下单酒{o.Product.SkuCode} 不支持七天无理由退货，请选择其他原因");
            (await o.Buyer.GetAsync("/after-sales")).TestId("total").ShouldBe("共 0 条");
        }
        finally
        {
            // 酒水 is shared by the other tests of the collection: back to 继承上级, as seeded.
            (await admin.PostAsync(action, [F("NoReasonReturns", "inherit")], (await admin.GetAsync("/admin/catalog/categories")).Token(action)))
                .Status.ShouldBe(HttpStatusCode.Redirect);
        }
    }

    [Fact]
    public async Task A_refund_only_request_goes_from_the_order_page_to_the_merchant_desk_and_back_refunded_with_its_history()
    {
        var o = await ReceivedAsync();
        var form = await o.Buyer.GetAsync(o.ApplyUrl);
        var opened = await o.Buyer.PostAsync("/after-sales/new", [F("SubOrderId", form.InputValue("SubOrderId")!), F("Kind", "RefundOnly"),
            F(QuantityField(form), "1"), F("Reason", "七天无理由"), F("Description", ""), F("Amount", "")], form.Token("/after-sales/new"));
        opened.Status.ShouldBe(HttpStatusCode.Redirect, opened.ToString());
        var requestUrl = opened.Location!;
        var mine = await o.Buyer.GetAsync(requestUrl);
        mine.TestId("after-sale-status").ShouldBe("待商家处理");
        mine.TestId("deadline").ShouldNotBeNull();

        var desk = await o.Product.Merchant.GetAsync("/merchant/after-sales?filter=ToAgree");
        var id = requestUrl.Split('/')[^1];
        desk.Document.QuerySelector($"[data-testid='after-sales'] li[data-id='{id}']").ShouldNotBeNull();
        var deskUrl = $"/merchant/after-sales/{id}";
        var page = await o.Product.Merchant.GetAsync(deskUrl);

        // An offer that is no offer: shown next to the amount, the typed value kept, nothing changed.
        var badOffer = await o.Product.Merchant.PostAsync($"{deskUrl}/offer", [F("Form", "offer"), F("Amount", "500"), F("Note", "补偿一半")], page.Token($"{deskUrl}/offer"));
        badOffer.Status.ShouldBe(HttpStatusCode.OK, badOffer.ToString());
        badOffer.FieldError("Amount").ShouldBe("提议金额应大于 0 且小于买家申请的 128.00 元");
        badOffer.InputValue("Amount").ShouldBe("500");
        badOffer.InputValue("Note").ShouldBe("补偿一半");
        badOffer.TestId("after-sale-status").ShouldBe("待商家处理");
        var emptyRefusal = await o.Product.Merchant.PostAsync($"{deskUrl}/refuse", [F("Form", "refuse"), F("Note", "")], page.Token($"{deskUrl}/refuse"));
        emptyRefusal.Text("#refuse-Note-error").ShouldBe("请填写原因"); // the offer form has a Note too: the refusal's own
        emptyRefusal.Text("#refuse-Note").ShouldBe("");

        var agreed = await o.Product.Merchant.PostAsync($"{deskUrl}/agree", [], page.Token($"{deskUrl}/agree"));
        agreed.Status.ShouldBe(HttpStatusCode.Redirect, agreed.ToString());
        var done = await o.Buyer.GetAsync(requestUrl);
        done.TestId("after-sale-status").ShouldBe("已退款");
        done.TestId("refunded").ShouldBe("¥128.00");
        done.Document.QuerySelectorAll("[data-testid='step']").Length.ShouldBe(3); // asked, agreed, refunded
        done.Text("[data-testid='history']")!.ShouldContain("由商家线下退还");
    }

    [Fact]
    public async Task Another_buyer_and_another_merchant_get_404_on_every_request_route_and_a_buyer_cannot_reach_the_platform_queue()
    {
        var o = await ReceivedAsync();
        var form = await o.Buyer.GetAsync(o.ApplyUrl);
        var opened = await o.Buyer.PostAsync("/after-sales/new", [F("SubOrderId", form.InputValue("SubOrderId")!), F("Kind", "ReturnAndRefund"),
            F(QuantityField(form), "1"), F("Reason", "七天无理由"), F("Description", ""), F("Amount", "")], form.Token("/after-sales/new"));
        var id = opened.Location!.Split('/')[^1];

        var stranger = await factory.BuyerAsync();
        var own = await stranger.GetAsync("/after-sales");
        var token = own.Document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? (await stranger.GetAsync("/account/addresses")).Token("/account/addresses");
        (await stranger.GetAsync(o.ApplyUrl)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/after-sales/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        foreach (var action in new[] { "withdraw", "escalate", "accept-offer", "ship-back" })
            (await stranger.PostAsync($"/after-sales/{id}/{action}", [F("Note", "x"), F("Carrier", "SF"), F("TrackingNumber", "SF1234567890")], token))
                .Status.ShouldBe(HttpStatusCode.NotFound, action);
        (await stranger.PostAsync("/after-sales/new", [F("SubOrderId", form.InputValue("SubOrderId")!), F("Kind", "RefundOnly"),
            F(QuantityField(form), "1"), F("Reason", "七天无理由")], token)).Status.ShouldBe(HttpStatusCode.NotFound);

        var otherShop = (await SellingWeb.SellableAsync(factory, stock: 1)).Merchant;
        var desk = await otherShop.GetAsync("/merchant/after-sales");
        desk.Status.ShouldBe(HttpStatusCode.OK);
        desk.Document.QuerySelector($"li[data-id='{id}']").ShouldBeNull();
        (await otherShop.GetAsync($"/merchant/after-sales/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        var merchantToken = (await otherShop.GetAsync("/merchant/orders")).Document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException("no form on the order desk");
        foreach (var action in new[] { "agree", "refuse", "offer", "receive" })
            (await otherShop.PostAsync($"/merchant/after-sales/{id}/{action}", [F("Note", "x"), F("Amount", "1"), F("Accept", "true")], merchantToken))
                .Status.ShouldBe(HttpStatusCode.NotFound, action);

        (await o.Buyer.GetAsync("/admin/after-sales")).Location!.ShouldStartWith("/account/denied");
        (await o.Buyer.GetAsync($"/merchant/after-sales/{id}")).Location!.ShouldStartWith("/account/denied");
        var admin = await factory.AdminAsync();
        (await admin.GetAsync($"/admin/after-sales/{id}")).Status.ShouldBe(HttpStatusCode.OK);
        (await o.Buyer.GetAsync($"/after-sales/{id}")).TestId("after-sale-status").ShouldBe("待商家处理"); // nothing changed
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var o = await ReceivedAsync();
        (await o.Buyer.PostAsync("/after-sales/new", [F("SubOrderId", Guid.NewGuid().ToString())], null)).Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Evidence_photos_are_checked_by_content_and_shown_only_to_the_request_s_parties()
    {
        var o = await ReceivedAsync();
        var form = await o.Buyer.GetAsync(o.ApplyUrl);
        form.Form("/after-sales/new")!.GetAttribute("enctype").ShouldBe("multipart/form-data");
        var qty = QuantityField(form);
        List<KeyValuePair<string, string>> fields = [F("SubOrderId", form.InputValue("SubOrderId")!), F("Kind", "RefundOnly"), F(qty, "1"), F("Reason", "商品破损"),
            F("Description", "瓶身裂开"), F("Amount", "")];

        var fake = await o.Buyer.PostMultipartAsync("/after-sales/new", fields, [new Upload("Images", "crack.png", "just text"u8.ToArray())], form.Token("/after-sales/new"));
        fake.Status.ShouldBe(HttpStatusCode.OK, fake.ToString());
        fake.FieldError("Images").ShouldBe("文件不是有效的图片（支持 JPG、PNG、WebP）");
        fake.Text("#Description").ShouldBe("瓶身裂开");
        fake.InputValue(qty).ShouldBe("1");
        (await o.Buyer.GetAsync("/after-sales")).TestId("total").ShouldBe("共 0 条");

        var opened = await o.Buyer.PostMultipartAsync("/after-sales/new", fields, [new Upload("Images", "crack.png", Png(180, 20, 20))], form.Token("/after-sales/new"));
        opened.Status.ShouldBe(HttpStatusCode.Redirect, opened.ToString());
        var page = await o.Buyer.GetAsync(opened.Location!);
        var photoUrl = page.Document.QuerySelector("[data-testid='step-photos'] img")!.GetAttribute("src")!;
        var photo = await o.Buyer.Http.GetAsync(photoUrl);
        (photo.StatusCode, photo.Content.Headers.ContentType!.MediaType).ShouldBe((HttpStatusCode.OK, "image/png"));
        photo.Headers.CacheControl!.NoStore.ShouldBeTrue();

        var id = opened.Location!.Split('/')[^1];
        var photoId = photoUrl.Split('/')[^1];
        (await o.Product.Merchant.Http.GetAsync($"/merchant/after-sales/{id}/photos/{photoId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await factory.BuyerAsync()).Http.GetAsync(photoUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var otherShop = (await SellingWeb.SellableAsync(factory, stock: 1)).Merchant;
        (await otherShop.Http.GetAsync($"/merchant/after-sales/{id}/photos/{photoId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await o.Buyer.Http.GetAsync($"/after-sales/{id}/photos/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await factory.AdminAsync()).Http.GetAsync($"/admin/after-sales/{id}/photos/{photoId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_exchange_keeps_a_bad_replacement_with_its_error_and_once_the_goods_are_back_the_replacement_is_an_order_on_the_desk()
    {
        var o = await ReceivedAsync();
        var form = await o.Buyer.GetAsync(o.ApplyUrl);
        var qty = QuantityField(form);
        var line = qty["Quantities[".Length..^1];
        var replacement = $"Replacements[{line}]";
        form.Document.QuerySelector($"select[name='{replacement}'] option[selected]")!.GetAttribute("value").ShouldBe(o.Product.SkuId);
        List<KeyValuePair<string, string>> Fields(string sku) => [F("SubOrderId", form.InputValue("SubOrderId")!), F("Kind", "Exchange"), F(qty, "1"),
            F("Reason", "质量问题"), F("Description", "瓶盖松了"), F("Amount", ""), F(replacement, sku)];

        var bad = await o.Buyer.PostAsync("/after-sales/new", Fields(Guid.NewGuid().ToString()), form.Token("/after-sales/new"));
        bad.Status.ShouldBe(HttpStatusCode.OK, bad.ToString());
        bad.FieldError(replacement).ShouldBe("请选择本商品在售的规格");
        bad.Document.QuerySelector("#Kind-Exchange")!.HasAttribute("checked").ShouldBeTrue();
        bad.Text("#Description").ShouldBe("瓶盖松了");
        (await o.Buyer.GetAsync("/after-sales")).TestId("total").ShouldBe("共 0 条");

        var opened = await o.Buyer.PostAsync("/after-sales/new", Fields(o.Product.SkuId), form.Token("/after-sales/new"));
        opened.Status.ShouldBe(HttpStatusCode.Redirect, opened.ToString());
        var id = opened.Location!.Split('/')[^1];
        (await o.Buyer.GetAsync(opened.Location!)).TestId("exchange").ShouldNotBeNull();
        var deskUrl = $"/merchant/after-sales/{id}";
        var page = await o.Product.Merchant.GetAsync(deskUrl);
        page.TestId("agree").ShouldBe("同意换货");
        page.Document.QuerySelector("[data-testid='offer-form']").ShouldBeNull();
        (await o.Product.Merchant.PostAsync($"{deskUrl}/agree", [], page.Token(deskUrl + "/agree"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var mine = await o.Buyer.GetAsync($"/after-sales/{id}");
        (await o.Buyer.PostAsync($"/after-sales/{id}/ship-back", [F("Form", "ship-back"), F("Carrier", "SF"), F("TrackingNumber", "SF1234567890")],
            mine.Token($"/after-sales/{id}/ship-back"))).Status.ShouldBe(HttpStatusCode.Redirect);
        page = await o.Product.Merchant.GetAsync(deskUrl);
        page.TestId("accept-goods").ShouldBe("收货验收通过，发出换货");
        (await o.Product.Merchant.PostAsync($"{deskUrl}/receive", [F("Accept", "true")], page.Token(deskUrl + "/receive"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await o.Buyer.GetAsync($"/after-sales/{id}")).TestId("after-sale-status").ShouldBe("已换货");

        // The replacement waits on the desk like any order, marked as an exchange; the buyer sees it among its orders.
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None); // Ordering makes it from the event
        var desk = await o.Product.Merchant.GetAsync("/merchant/orders?filter=ToShip");
        var row = desk.Document.QuerySelector("[data-testid='desk'] tbody tr")!.GetAttribute("data-id");
        var details = await o.Product.Merchant.GetAsync($"/merchant/orders/{row}");
        details.TestId("exchange")!.ShouldContain("换货单");
        var toShip = (await o.Buyer.GetAsync("/orders?status=ToShip")).Document.QuerySelectorAll("[data-testid='orders'] li[data-id]").ShouldHaveSingleItem();
        toShip.QuerySelector("[data-testid='row-total']")!.TextContent.Trim().ShouldBe("¥0.00");
        var replacementOrder = await o.Buyer.GetAsync($"/orders/{toShip.GetAttribute("data-id")}");
        replacementOrder.TestId("exchange")!.ShouldContain("换货单");
        replacementOrder.Document.QuerySelector("[data-testid='cancel-form'], form[action$='/cancel']").ShouldBeNull(); // a replacement is not cancelled
    }
}
