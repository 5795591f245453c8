using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// Rental through the real pages and forms (antiforgery included): the merchant's item and unit forms, the buyer's item page
/// and booking, and who may reach which booking or item.
[Collection(WebCollection.Name)]
public sealed class RentalWebTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task Bad_input_on_the_item_and_unit_forms_is_shown_next_to_each_field_with_what_was_typed_kept_and_nothing_created()
    {
        var product = await SellingWeb.SellableAsync(factory, stock: 1);
        var merchant = product.Merchant;
        var list = await merchant.GetAsync("/merchant/rental-items");
        var bad = await merchant.PostAsync("/merchant/rental-items",
            [F("SkuId", product.SkuId), .. RentalWeb.Terms(day: "一百", week: "0", minDays: "5", maxDays: "2", deposit: "")], list.Token("/merchant/rental-items"));
        bad.Status.ShouldBe(HttpStatusCode.OK, bad.ToString());
        bad.FieldError("DayPrice").ShouldBe("请填写正确的金额（元，最多两位小数）");
        bad.FieldError("Deposit").ShouldBe("请填写金额");
        bad.InputValue("DayPrice").ShouldBe("一百");
        bad.InputValue("MinDays").ShouldBe("5");
        bad.Document.QuerySelector("#SkuId option[selected]")!.GetAttribute("value").ShouldBe(product.SkuId);
        var rules = await merchant.PostAsync("/merchant/rental-items",
            [F("SkuId", product.SkuId), .. RentalWeb.Terms(week: "0", minDays: "5", maxDays: "2")], list.Token("/merchant/rental-items"));
        rules.FieldError("WeekPrice").ShouldBe("周租金应大于 0，不设周租金请留空");
        rules.FieldError("MaxDays").ShouldBe("最长租期应不短于最短租期，且不超过 365 天");
        var noSku = await merchant.PostAsync("/merchant/rental-items", [F("SkuId", ""), .. RentalWeb.Terms()], list.Token("/merchant/rental-items"));
        noSku.FieldError("SkuId").ShouldBe("请选择商品");
        (await merchant.GetAsync("/merchant/rental-items")).Document.QuerySelector("[data-testid='rental-items']").ShouldBeNull("nothing was created");

        var item = await RentalWeb.ItemAsync(factory, "CAM-001");
        var edit = await item.Merchant.GetAsync(item.EditUrl);
        var unitForm = $"{item.EditUrl}/units";
        var badUnit = await item.Merchant.PostAsync(unitForm, [F("Serial", "坏 号"), F("WarehouseId", "")], edit.Token(unitForm));
        badUnit.Status.ShouldBe(HttpStatusCode.OK, badUnit.ToString());
        badUnit.FieldError("WarehouseId").ShouldBe("请选择仓库");
        badUnit.InputValue("Serial").ShouldBe("坏 号");
        var duplicate = await item.Merchant.PostAsync(unitForm, [F("Serial", "cam-001"), F("WarehouseId", item.WarehouseId)], edit.Token(unitForm));
        duplicate.FieldError("Serial").ShouldBe("该序列号已存在");
        (await item.Merchant.GetAsync(item.EditUrl)).Document.QuerySelectorAll("[data-testid='units'] > li").Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_buyer_sees_the_cheapest_rent_books_and_is_sent_to_pay_and_bad_dates_book_nothing()
    {
        var item = await RentalWeb.ItemAsync(factory, "CAM-001");
        var buyer = await factory.BuyerAsync();
        var start = RentalWeb.Today.AddDays(2);
        var page = await buyer.GetAsync($"/rentals/{item.ItemId}?start={start:yyyy-MM-dd}&end={start.AddDays(6):yyyy-MM-dd}");
        page.TestId("quote")!.ShouldContain("¥500.00"); // six days at ¥100 cost more than the week
        page.TestId("quote")!.ShouldContain("（1 周，已按最划算的组合计算）"); // only the units it is made of
        page.Document.QuerySelectorAll("[data-testid='calendar'] [data-free='1']").Length.ShouldBe(42);

        var past = await RentalWeb.BookAsync(buyer, item.ItemId, RentalWeb.Today.AddDays(-1), RentalWeb.Today.AddDays(1));
        past.Status.ShouldBe(HttpStatusCode.OK, past.ToString());
        past.FieldError("StartDate").ShouldBe("取租日期不能早于今天");
        var delivery = await RentalWeb.BookAsync(buyer, item.ItemId, start, start.AddDays(2), "Delivery", "");
        delivery.FieldError("DeliveryAddress").ShouldBe("送货上门请填写收货地址");
        delivery.Document.QuerySelector("#fulfilment-Delivery")!.HasAttribute("checked").ShouldBeTrue("the choice is kept");
        (await buyer.GetAsync("/rentals/my")).TestId("total").ShouldBe("共 0 条");

        var booked = await RentalWeb.BookAsync(buyer, item.ItemId, start, start.AddDays(6));
        booked.Status.ShouldBe(HttpStatusCode.Redirect, booked.ToString());
        var booking = await buyer.GetAsync(booked.Location!);
        booking.TestId("rental-status").ShouldBe("待付款");
        booking.TestId("unit-serial").ShouldBe("CAM-001");
        booking.TestId("money")!.ShouldContain("¥500.00");
        var pay = await buyer.PostAsync($"{booked.Location}/pay", [], booking.Token($"{booked.Location}/pay"));
        pay.Status.ShouldBe(HttpStatusCode.Redirect, pay.ToString());
        pay.Location!.ShouldContain("/paysim/"); // the gateway simulator's pay page

        // The one unit is held for those days (plus a buffer day): a second buyer is told so next to the dates.
        var late = await RentalWeb.BookAsync(await factory.BuyerAsync(), item.ItemId, start.AddDays(1), start.AddDays(3));
        late.FieldError("StartDate").ShouldBe("所选日期已被订满，请换个日期");
    }

    [Fact]
    public async Task Another_buyer_and_another_merchant_get_404_on_every_rental_route_and_a_buyer_cannot_reach_the_desks()
    {
        var item = await RentalWeb.ItemAsync(factory, "CAM-001");
        var buyer = await factory.BuyerAsync();
        var booked = await RentalWeb.BookAsync(buyer, item.ItemId, RentalWeb.Today.AddDays(1), RentalWeb.Today.AddDays(3));
        var id = booked.Location!.Split('/')[^1];

        var stranger = await factory.BuyerAsync();
        var token = (await stranger.GetAsync($"/rentals/{item.ItemId}")).Token($"/rentals/{item.ItemId}/book");
        (await stranger.GetAsync($"/rentals/bookings/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        foreach (var action in new[] { "pay", "cancel", "accept-charge", "dispute" })
            (await stranger.PostAsync($"/rentals/bookings/{id}/{action}", [F("Note", "x")], token)).Status.ShouldBe(HttpStatusCode.NotFound, action);
        (await stranger.GetAsync($"/rentals/bookings/{id}/photos/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);

        var other = await RentalWeb.ItemAsync(factory, "OTHER-1");
        var otherToken = (await other.Merchant.GetAsync(other.EditUrl)).Token($"{other.EditUrl}/units");
        (await other.Merchant.GetAsync($"/merchant/rentals/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await other.Merchant.GetAsync(item.EditUrl)).Status.ShouldBe(HttpStatusCode.NotFound);
        foreach (var action in new[] { "hand-over", "return" })
            (await other.Merchant.PostAsync($"/merchant/rentals/{id}/{action}", [F("Damage", "1")], otherToken)).Status.ShouldBe(HttpStatusCode.NotFound, action);
        (await other.Merchant.PostAsync(item.EditUrl, RentalWeb.Terms(), otherToken)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await other.Merchant.PostAsync($"{item.EditUrl}/units", [F("Serial", "X-1"), F("WarehouseId", other.WarehouseId)], otherToken)).Status.ShouldBe(HttpStatusCode.NotFound);
        var desk = await other.Merchant.GetAsync("/merchant/rentals?filter=All");
        desk.Document.QuerySelector($"li[data-id='{id}']").ShouldBeNull();

        (await buyer.GetAsync("/merchant/rentals")).Location!.ShouldStartWith("/account/denied");
        (await buyer.GetAsync($"/admin/rental/{id}")).Location!.ShouldStartWith("/account/denied");
        (await (await factory.AdminAsync()).GetAsync($"/admin/rental/{id}")).Status.ShouldBe(HttpStatusCode.OK);
        (await item.Merchant.GetAsync($"/merchant/rentals/{id}")).Status.ShouldBe(HttpStatusCode.OK);
        (await buyer.GetAsync($"/rentals/bookings/{id}")).TestId("rental-status").ShouldBe("待付款"); // nothing changed
    }

    [Fact]
    public async Task A_booking_posted_without_the_antiforgery_token_is_refused()
    {
        var buyer = await factory.BuyerAsync();
        (await buyer.PostAsync($"/rentals/{Guid.NewGuid()}/book", [F("StartDate", "2027-01-01")], null)).Status.ShouldBe(HttpStatusCode.BadRequest);
    }
}
