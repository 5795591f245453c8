using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Testing;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// Codes as people scan and type them (Caps Lock on, spaces, a Chinese input method in full-width mode) are found, and
/// each desk says what a code is when it is not what that desk takes, instead of "not found".
[Collection(WebCollection.Name)]
public sealed class DropshipDeskScanTests(SharedWarehouseFactory factory)
{
    private const string Desk = "/merchant/dropship/warehouse";

    private static string NewWaybill() => "SF" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(CultureInfo.InvariantCulture);

    /// ＡＢ１２ for AB12: what a scanner types while a Chinese input method is in full-width mode.
    private static string FullWidth(string code) => new(code.Select(c => (char)(c + 0xFEE0)).ToArray());

    private Task<DropshipOrder> OrderAsync(Guid id) =>
        DropshipTestOrders.QueryAsync(factory.Services, db => db.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == id));

    private string Shown(DateTime utc) =>
        factory.Services.GetRequiredService<DisplayTime>().Of(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_return_waybill_typed_in_lower_case_with_spaces_or_in_full_width_finds_the_parcel()
    {
        var (merchant, shop) = await DropshipWeb.MerchantAsync(factory);
        var waybill = NewWaybill();
        // The outside shop reported it as a buyer typed it; it is stored in its scanned form.
        var order = await DropshipTestOrders.ShippedWithReturnAsync(factory.Services, shop, DropshipMode.OwnTeam,
            " " + waybill.ToLowerInvariant()[..6] + " " + waybill.ToLowerInvariant()[6..] + " ");
        (await OrderAsync(order.OrderId)).ReturnWaybill.ShouldBe(waybill);

        foreach (var typed in new[] { waybill.ToLowerInvariant(), $" {waybill[..4]} {waybill[4..8]} {waybill[8..]} ", FullWidth(waybill), waybill })
        {
            var found = await merchant.SubmitAsync($"{Desk}/returns", $"{Desk}/returns", [F("Code", typed)]);
            found.Status.ShouldBe(HttpStatusCode.OK, found.ToString());
            found.FieldError("Code").ShouldBeNull(typed);
            found.TestId("waybill").ShouldBe(waybill, typed);
            found.Document.QuerySelector($"[data-testid='parcel'][data-order='{order.OrderId}']").ShouldNotBeNull(typed);
            found.TestId("no-return").ShouldBeNull();
        }
        // The merchant's order list finds the shipped order by its tracking number typed in lower case too.
        var shipped = await OrderAsync(order.OrderId);
        var list = await merchant.GetAsync($"/merchant/dropship?q={Uri.EscapeDataString(shipped.TrackingNumber!.ToLowerInvariant())}");
        list.Html.ShouldContain(shipped.Number);
    }

    [Fact]
    public async Task The_ship_tab_says_when_a_shipped_order_left_and_what_a_return_waybill_is_and_ships_nothing()
    {
        var (merchant, shop) = await DropshipWeb.MerchantAsync(factory);
        await DropshipTestOrders.OwnTeamAccountAsync(factory.Services, shop);
        var waybill = NewWaybill();
        var order = await DropshipTestOrders.ShippedWithReturnAsync(factory.Services, shop, DropshipMode.OwnTeam, waybill);
        var shipped = await OrderAsync(order.OrderId);
        var left = $"订单 {shipped.Number} 已发货于 {Shown(shipped.ShippedUtc!.Value)}（测试快递 {shipped.TrackingNumber}）";

        foreach (var code in new[] { shipped.Number, shipped.Number.ToLowerInvariant(), order.Labels[0].ToLowerInvariant(), shipped.TrackingNumber!.ToLowerInvariant() })
        {
            var answer = await merchant.SubmitAsync($"{Desk}/out", $"{Desk}/out", [F("Code", code), F("Station", "")]);
            answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
            answer.FieldError("Code").ShouldBe(left, code);
            answer.InputValue("Code").ShouldBe(code);
            answer.TestId("scan-result").ShouldBeNull();
            // Scanning in a bag of an order that already left says so too.
            (await merchant.SubmitAsync(Desk, Desk, [F("Code", code)])).FieldError("Code").ShouldBe(left, code);
        }

        var returned = $"这是退货单号：订单 {shipped.Number} 的买家退货，请到退货台验收";
        (await merchant.SubmitAsync($"{Desk}/out", $"{Desk}/out", [F("Code", waybill.ToLowerInvariant()), F("Station", "")])).FieldError("Code")
            .ShouldBe(returned);
        (await merchant.SubmitAsync(Desk, Desk, [F("Code", waybill)])).FieldError("Code").ShouldBe(returned);

        // Nothing was shipped again: no waybill was booked for the order, it is as it was.
        var after = await OrderAsync(order.OrderId);
        (after.Status, after.TrackingNumber, after.ShippedUtc).ShouldBe((DropshipOrderStatus.Shipped, shipped.TrackingNumber, shipped.ShippedUtc));
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<CourierDbContext>().Waybills.CountAsync(w => w.Reference == $"dropship:{order.OrderId:N}"))
            .ShouldBe(0);
    }

    [Fact]
    public async Task The_returns_desk_says_when_an_order_has_no_return_or_never_shipped_and_scan_in_names_an_order_number()
    {
        var (merchant, shop) = await DropshipWeb.MerchantAsync(factory);
        var notShipped = await DropshipTestOrders.PickedAsync(factory.Services, shop, DropshipMode.OwnTeam);
        var noReturn = await DropshipTestOrders.ShippedAsync(factory.Services, shop, DropshipMode.OwnTeam);

        (await merchant.SubmitAsync($"{Desk}/returns", $"{Desk}/returns", [F("Code", notShipped.Number.ToLowerInvariant())])).FieldError("Code")
            .ShouldBe($"订单 {notShipped.Number} 还没有发货，不能退货");

        var parcel = await merchant.SubmitAsync($"{Desk}/returns", $"{Desk}/returns", [F("Code", noReturn.Number.ToLowerInvariant())]);
        parcel.Status.ShouldBe(HttpStatusCode.OK, parcel.ToString());
        parcel.FieldError("Code").ShouldBeNull();
        parcel.TestId("no-return").ShouldBe($"订单 {noReturn.Number} 没有登记退货：外部店铺未报退货单号，请核对包裹后再验收");
        parcel.Document.QuerySelectorAll("[data-testid='inspect-form']").Length.ShouldBe(2); // the clerk may still inspect it

        var scanIn = await merchant.SubmitAsync(Desk, Desk, [F("Code", notShipped.Number)]);
        scanIn.FieldError("Code").ShouldBe($"这是订单号 {notShipped.Number}：入库请扫描商品标签");
        var (slot, statuses) = await DropshipWeb.StateAsync(factory, notShipped.OrderId);
        slot.ShouldBeNull();
        statuses.ShouldAllBe(s => s == LineStatus.Picked);

        // Codes of another warehouse stay unknown: nothing about them is told.
        var (other, _) = await DropshipWeb.MerchantAsync(factory);
        (await other.SubmitAsync($"{Desk}/returns", $"{Desk}/returns", [F("Code", noReturn.Number)])).FieldError("Code")
            .ShouldBe($"找不到 {noReturn.Number} 对应的已发货代发订单");
        (await other.SubmitAsync($"{Desk}/out", $"{Desk}/out", [F("Code", noReturn.Number), F("Station", "")])).FieldError("Code")
            .ShouldBe($"找不到 {noReturn.Number} 对应的代发订单");
    }

    [Fact]
    public async Task A_return_label_scanned_at_the_ship_tab_scan_in_or_returns_desk_is_named_as_one()
    {
        var (merchant, shop) = await DropshipWeb.MerchantAsync(factory);
        var waybill = NewWaybill();
        var order = await DropshipTestOrders.ShippedWithReturnAsync(factory.Services, shop, DropshipMode.OwnTeam, waybill, lines: 1);
        var found = await merchant.SubmitAsync($"{Desk}/returns", $"{Desk}/returns", [F("Code", waybill)]);
        var accepted = await merchant.PostAsync($"{Desk}/returns/inspect", [F("OrderId", order.OrderId.ToString()), F("LineId", order.LineIds[0].ToString()),
            F("Code", waybill), F("Waybill", waybill), F("Accept", "true"), F("Note", ""), F("Station", "")], found.Token($"{Desk}/returns/inspect"));
        var label = accepted.TestId("return-label").ShouldNotBeNull();

        var named = $"这是退货标签：订单 {order.Number} 退回的商品，已验收";
        (await merchant.SubmitAsync($"{Desk}/out", $"{Desk}/out", [F("Code", label.ToLowerInvariant()), F("Station", "")])).FieldError("Code").ShouldBe(named);
        (await merchant.SubmitAsync(Desk, Desk, [F("Code", label)])).FieldError("Code").ShouldBe(named);
        (await merchant.SubmitAsync($"{Desk}/returns", $"{Desk}/returns", [F("Code", label)])).FieldError("Code").ShouldBe(named);
    }
}
