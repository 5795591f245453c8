using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SharedWarehouse.BrowserTests.Infrastructure;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Printing.Features;
using SharedWarehouse.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests;

/// The platform warehouse desk in a real browser, driven like a keyboard-wedge scanner (the code typed, then Enter,
/// without clicking the box): scan in two bags, ship with the waybill printed on the station's fake TCP 9100
/// printer; a return inspected, its label printed, sent back to the stall, and refunded there by a picker on a phone.
public sealed class DropshipWarehouseFlowTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string Desk = "/admin/dropship/warehouse";

    static DropshipWarehouseFlowTests() => SetDefaultExpectTimeout(Patience.PageMilliseconds);

    private async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(request);
    }

    private async Task<string> StationWithPrinterAsync(FakeEscPosPrinter printer)
    {
        var station = "代发台" + Guid.NewGuid().ToString("N")[..6];
        (await SendAsync(new SavePrinter(null, "标签机" + station, printer.Host, printer.Port, "EscPos", 80, null, station))).Errors.ShouldBeEmpty();
        return station;
    }

    /// What a scanner does: types into whatever has the focus, then Enter.
    private static async Task ScanAsync(IPage page, string code)
    {
        await page.Keyboard.TypeAsync(code);
        // The page answering the POST is the result: wait for it before looking at the page or the database.
        await page.RunAndWaitForResponseAsync(() => page.Keyboard.PressAsync("Enter"), r => r.Request.Method == "POST");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    private async Task<IPage> AdminAsync(Scenario run)
    {
        var actor = await run.NewActorAsync("warehouse", new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        await BrowserGiven.SignInAsync(actor.Page, run, KestrelAppFactory.AdminPhone, KestrelAppFactory.AdminPassword);
        return actor.Page;
    }

    private static bool Contains(byte[] bytes, string ascii) =>
        bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(ascii)) >= 0;

    [Fact]
    public async Task Two_bags_are_scanned_into_one_slot_and_the_order_ships_with_its_waybill_printed_at_the_station()
    {
        await using var run = new Scenario(fixture, "dropship-warehouse", output);
        await using var printer = FakeEscPosPrinter.Start();
        await run.RunAsync(async () =>
        {
            var station = await StationWithPrinterAsync(printer);
            var order = await DropshipTestOrders.PickedAsync(fixture.App.Services, Guid.CreateVersion7(), DropshipMode.Platform);
            var w = await AdminAsync(run);
            await w.GotoAsync(run.Url(Desk));
            await Expect(w.Locator("#Code")).ToBeFocusedAsync();

            await ScanAsync(w, order.Labels[0]);
            var slot = await DropshipTestOrders.QueryAsync(fixture.App.Services, db => db.Orders.Where(o => o.Id == order.OrderId).Select(o => o.Slot).SingleAsync());
            slot.ShouldNotBeNull();
            await Expect(w.TestId("slot")).ToHaveTextAsync($"放入 {slot} 号格");
            await Expect(w.TestId("progress")).ToHaveTextAsync("已到 1/2");
            await Expect(w.TestId("ready")).ToHaveCountAsync(0);
            await Expect(w.Locator("#Code")).ToBeFocusedAsync();

            await ScanAsync(w, order.Labels[1]);
            await Expect(w.TestId("progress")).ToHaveTextAsync("已到 2/2");
            await Expect(w.TestId("ready")).ToHaveTextAsync("已到齐，可以发货");
            await Expect(w.Locator("[data-testid='scan-result'][data-ready='true']")).ToBeVisibleAsync();
            await run.ShotAsync(w, "scan-in-ready");
            await ScanAsync(w, order.Labels[1]);
            await Expect(w.TestId("already-in")).ToHaveTextAsync("已入库");
            await ScanAsync(w, "NOSUCHLABEL");
            await Expect(w.FieldError("Code")).ToHaveTextAsync("找不到该标签（NOSUCHLABEL）对应的代发订单");
            await Expect(w.Locator("#Code")).ToHaveValueAsync("NOSUCHLABEL");

            await w.TestId("tab-out").ClickAsync();
            await w.Locator("#Station").FillAsync(station);
            await w.Locator("h1").ClickAsync(); // the focus leaves the box: the scan must still land in it
            await ScanAsync(w, order.Labels[0]);
            await Expect(w.TestId("tracking")).ToHaveTextAsync(new Regex(@"\S+"));
            var tracking = (await w.TestId("tracking").InnerTextAsync()).Trim();
            await Expect(w.TestId("print-state")).ToBeVisibleAsync();
            await Expect(w.TestId("print-error")).ToHaveCountAsync(0);
            await run.ShotAsync(w, "shipped");

            var jobs = await printer.WaitForJobsAsync(1, Patience.Background);
            jobs.ShouldContain(bytes => Contains(bytes, tracking), $"no print job with {tracking} reached the station's printer");
            var saved = await DropshipTestOrders.QueryAsync(fixture.App.Services, db => db.Orders.SingleAsync(o => o.Id == order.OrderId));
            (saved.Status, saved.TrackingNumber, saved.Slot).ShouldBe((DropshipOrderStatus.Shipped, tracking, (int?)null));

            // The desk remembers its station.
            await w.GotoAsync(run.Url(Desk + "/out"));
            await Expect(w.Locator("#Station")).ToHaveValueAsync(station);
            run.BrowserErrors.ShouldBeEmpty();
        });
    }

    [Fact]
    public async Task A_return_is_inspected_its_label_printed_and_a_picker_takes_it_back_to_the_stall_for_a_refund()
    {
        await using var run = new Scenario(fixture, "dropship-returns", output);
        await using var printer = FakeEscPosPrinter.Start();
        await run.RunAsync(async () =>
        {
            var station = await StationWithPrinterAsync(printer);
            var waybill = "RW" + Random.Shared.NextInt64(100_000_000, 999_999_999);
            var shopId = Guid.CreateVersion7();
            var order = await DropshipTestOrders.ShippedWithReturnAsync(fixture.App.Services, shopId, DropshipMode.Platform, waybill);
            var w = await AdminAsync(run);
            await w.GotoAsync(run.Url(Desk + "/returns"));
            await w.Locator("#Station").FillAsync(station);
            await w.Locator("#Code").FocusAsync();
            await ScanAsync(w, waybill);
            await Expect(w.TestId("waybill")).ToHaveTextAsync(waybill);
            await Expect(w.TestId("inspect-form")).ToHaveCountAsync(2);

            var first = w.Locator($"tr[data-line='{order.LineIds[0]}']");
            await first.Locator("[data-testid='accept']").ClickAsync();
            await Expect(w.TestId("inspection-result")).ToContainTextAsync("合格");
            var label = (await w.TestId("return-label").InnerTextAsync()).Trim();
            label.ShouldStartWith("RT");
            await Expect(first.Locator("[data-testid='inspected']")).ToHaveTextAsync("在库");
            await Expect(w.TestId("print-error")).ToHaveCountAsync(0);
            await run.ShotAsync(w, "return-accepted");
            var jobs = await printer.WaitForJobsAsync(1, Patience.Background);
            jobs.ShouldContain(bytes => Contains(bytes, label), $"the return label {label} did not reach the station's printer");

            await w.TestId("tab-stock").ClickAsync();
            var row = w.Locator("[data-testid='returns'] tbody tr", new() { HasTextString = label });
            await Expect(row.TestIdIn("status")).ToHaveTextAsync("在库");
            await Expect(row).ToContainTextAsync("¥12.00");
            await Expect(row).ToContainTextAsync("拿货员甲");
            await row.Locator("[data-testid='back-to-stall']").ClickAsync();
            await Expect(w.TestId("flash")).ToHaveTextAsync("已安排退回档口，拿货员的列表中可见");
            await Expect(row.TestIdIn("status")).ToHaveTextAsync("退回档口中");
            await run.ShotAsync(w, "return-back-to-stall");

            // A platform picker takes it back: the phone shows what was paid, by whom and where; the stall's refund is
            // recorded and credited to the merchant's wallet (platform dropship).
            var phone = BrowserGiven.NewPhone();
            await PickerGiven.PickerAsync(fixture, phone, "拿货员乙");
            var returnId = await PickerGiven.DropshipAsync(fixture, db => db.Returns.Where(r => r.OrderId == order.OrderId).Select(r => r.Id).SingleAsync());
            var picker = await run.NewActorAsync("picker", new BrowserNewContextOptions
            {
                ViewportSize = new() { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true,
            });
            var p = picker.Page;
            await BrowserGiven.SignInAsync(p, run, phone, BrowserGiven.Password);
            await p.GotoAsync(run.Url("/picker"));
            var trip = p.Locator($"[data-return='{returnId}']");
            await Expect(trip.Locator("[data-testid='return-stall']")).ToHaveTextAsync("测试市场 一楼 A-101");
            await Expect(trip.Locator("[data-testid='return-price']")).ToHaveTextAsync("¥12.00");
            await Expect(trip.Locator("[data-testid='return-picker']")).ToHaveTextAsync("拿货员甲");
            await run.ShotAsync(p, "return-trip");
            await p.Locator($"#amount-{returnId}").FillAsync("10");
            await trip.Locator("[data-testid='stall-refunded']").TapAsync();
            await Expect(p.Locator($"[data-return='{returnId}'] [data-testid='return-state']")).ToHaveTextAsync("档口已退款");
            await Expect(p.Locator($"[data-return='{returnId}'] [data-testid='stall-refund']")).ToHaveTextAsync("¥10.00");
            await run.ShotAsync(p, "return-refunded");
            var saved = await PickerGiven.DropshipAsync(fixture, db => db.Returns.AsNoTracking().SingleAsync(r => r.Id == returnId));
            (saved.Status, saved.StallRefundFen, saved.CreditedFen, saved.StallPickerName).ShouldBe((ReturnStatus.StallRefunded, 1_000L, 1_000L, "拿货员乙"));
            await using (var scope = fixture.App.Services.CreateAsyncScope())
            {
                var balance = await scope.ServiceProvider.GetRequiredService<SharedWarehouse.Modules.Wallet.Contracts.IWallet>().BalanceAsync(shopId, default);
                balance.BalanceFen.ShouldBe(1_000);
            }
            run.BrowserErrors.ShouldBeEmpty();
        });
    }
}
