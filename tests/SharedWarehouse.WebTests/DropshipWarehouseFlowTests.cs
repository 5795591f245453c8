using System.Net;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Testing;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// A merchant's own warehouse desk without a browser: scan in, ship, inspect a return and send it back to the stall.
[Collection(WebCollection.Name)]
public sealed class DropshipWarehouseFlowTests(SharedWarehouseFactory factory)
{
    private const string Desk = "/merchant/dropship/warehouse";

    [Fact]
    public async Task A_merchant_scans_both_bags_in_ships_the_order_and_the_station_is_remembered()
    {
        var (merchant, shop) = await DropshipWeb.MerchantAsync(factory);
        await DropshipTestOrders.OwnTeamAccountAsync(factory.Services, shop);
        var order = await DropshipTestOrders.PickedAsync(factory.Services, shop, DropshipMode.OwnTeam);

        var first = await merchant.SubmitAsync(Desk, Desk, [F("Code", order.Labels[0].ToLowerInvariant())]);
        first.Status.ShouldBe(HttpStatusCode.OK, first.ToString());
        first.TestId("slot").ShouldBe("放入 1 号格");
        first.TestId("progress").ShouldBe("已到 1/2");
        first.TestId("ready").ShouldBeNull();
        first.InputValue("Code").ShouldBeNullOrEmpty();
        var second = await merchant.PostAsync(Desk, [F("Code", order.Labels[1])], first.Token(Desk));
        second.TestId("progress").ShouldBe("已到 2/2");
        second.TestId("ready").ShouldBe("已到齐，可以发货");
        var again = await merchant.PostAsync(Desk, [F("Code", order.Labels[1])], second.Token(Desk));
        again.TestId("already-in").ShouldBe("已入库");
        again.TestId("slot").ShouldBe("放入 1 号格");

        var shipped = await merchant.SubmitAsync($"{Desk}/out", $"{Desk}/out", [F("Code", order.Labels[0]), F("Station", "无此工位")]);
        shipped.Status.ShouldBe(HttpStatusCode.OK, shipped.ToString());
        shipped.TestId("carrier").ShouldBe("模拟快递"); // the built-in courier simulator
        var tracking = shipped.TestId("tracking").ShouldNotBeNull();
        shipped.TestId("print-error").ShouldBe("打印失败：找不到指定的打印机");
        var saved = await DropshipTestOrders.QueryAsync(factory.Services, db => db.Orders.SingleAsync(o => o.Id == order.OrderId));
        (saved.Status, saved.TrackingNumber, saved.Slot).ShouldBe((DropshipOrderStatus.Shipped, tracking, (int?)null));
        (await merchant.GetAsync($"{Desk}/out")).InputValue("Station").ShouldBe("无此工位");

        // Scanning the shipped order again says when it left and under which waybill; nothing ships twice.
        var repeated = await merchant.PostAsync($"{Desk}/out", [F("Code", order.Number), F("Station", "")], shipped.Token($"{Desk}/out"));
        repeated.FieldError("Code").ShouldNotBeNull().ShouldContain($"订单 {order.Number} 已发货于");
        repeated.FieldError("Code").ShouldNotBeNull().ShouldEndWith($"（模拟快递 {tracking}）");
        repeated.TestId("scan-result").ShouldBeNull();
    }

    [Fact]
    public async Task A_refusal_needs_a_note_an_accepted_return_is_in_stock_and_goes_back_to_the_stall()
    {
        var (merchant, shop) = await DropshipWeb.MerchantAsync(factory);
        var waybill = "RW" + Random.Shared.NextInt64(100_000_000, 999_999_999);
        var order = await DropshipTestOrders.ShippedWithReturnAsync(factory.Services, shop, DropshipMode.OwnTeam, waybill);

        var found = await merchant.SubmitAsync($"{Desk}/returns", $"{Desk}/returns", [F("Code", waybill)]);
        found.Status.ShouldBe(HttpStatusCode.OK, found.ToString());
        found.TestId("waybill").ShouldBe(waybill);
        found.Document.QuerySelectorAll("[data-testid='inspect-form']").Length.ShouldBe(2);
        List<KeyValuePair<string, string>> Form(int line, bool accept, string note) =>
        [
            F("OrderId", order.OrderId.ToString()), F("LineId", order.LineIds[line].ToString()), F("Code", waybill), F("Waybill", waybill),
            F("Accept", accept ? "true" : "false"), F("Note", note), F("Station", ""),
        ];
        var noNote = await merchant.PostAsync($"{Desk}/returns/inspect", Form(1, false, " "), found.Token($"{Desk}/returns/inspect"));
        noNote.Status.ShouldBe(HttpStatusCode.OK);
        noNote.FieldError("Note").ShouldBe("拒收请写明原因");
        noNote.Document.QuerySelectorAll("span.field-validation-error[data-valmsg-for='Note']").Length.ShouldBe(1);
        var refused = await merchant.PostAsync($"{Desk}/returns/inspect", Form(1, false, "吊牌已剪"), noNote.Token($"{Desk}/returns/inspect"));
        refused.TestId("inspection-result").ShouldNotBeNull().ShouldContain("已拒收");
        var accepted = await merchant.PostAsync($"{Desk}/returns/inspect", Form(0, true, ""), refused.Token($"{Desk}/returns/inspect"));
        accepted.TestId("inspection-result").ShouldNotBeNull().ShouldContain("合格");
        var label = accepted.TestId("return-label").ShouldNotBeNull();
        label.ShouldStartWith("RT");
        accepted.TestId("print-error").ShouldBe("打印失败：找不到指定的打印机");
        accepted.Document.QuerySelectorAll("[data-testid='inspect-form']").Length.ShouldBe(0);

        var stock = await merchant.GetAsync($"{Desk}/returned-stock?status=InStock");
        var row = stock.Document.QuerySelectorAll("[data-testid='returns'] tbody tr[data-return]").ShouldHaveSingleItem();
        row.TextContent.ShouldContain(label);
        row.TextContent.ShouldContain("¥12.00");
        row.TextContent.ShouldContain("拿货员甲");
        var id = row.GetAttribute("data-return")!;
        var sent = await merchant.PostAsync($"{Desk}/returned-stock/{id}/back-to-stall", [F("Status", "InStock"), F("Page", "1")],
            stock.Token($"{Desk}/returned-stock/{id}/back-to-stall"));
        sent.Status.ShouldBe(HttpStatusCode.Redirect, sent.ToString());
        var after = await merchant.FollowAsync(sent);
        after.TestId("flash").ShouldBe("已安排退回档口，拿货员的列表中可见");
        (await merchant.GetAsync($"{Desk}/returned-stock?status=BackToStall")).Text($"tr[data-return='{id}'] [data-testid='status']").ShouldBe("退回档口中");

        // The refused one cannot go back to the stall, but can be closed.
        var refusedId = await DropshipTestOrders.QueryAsync(factory.Services, db => db.Returns.Where(r => r.LineId == order.LineIds[1]).Select(r => r.Id).SingleAsync());
        var list = await merchant.GetAsync($"{Desk}/returned-stock");
        list.Document.QuerySelector($"form[action='{Desk}/returned-stock/{refusedId}/back-to-stall']").ShouldBeNull();
        var closed = await merchant.PostAsync($"{Desk}/returned-stock/{refusedId}/close", [], list.Token($"{Desk}/returned-stock/{refusedId}/close"));
        closed.Status.ShouldBe(HttpStatusCode.Redirect);
        var forced = await merchant.PostAsync($"{Desk}/returned-stock/{refusedId}/back-to-stall", [], list.Token($"{Desk}/returned-stock/{refusedId}/close"));
        forced.Status.ShouldBe(HttpStatusCode.OK);
        forced.SummaryErrors.ShouldContain("该退货当前不能退回档口");
    }
}
