using System.Text;
using Microsoft.Playwright;
using SharedWarehouse.BrowserTests.Infrastructure;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests;

/// A picker on a 360 px phone finds the task under its market, floor and stall, taps "got it" with the price and
/// the label comes out of the (fake) TCP 9100 printer assigned to its phone; a tap made without a connection waits
/// on the phone and is sent exactly once when the connection is back.
public sealed class PickerFlowTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    /// The taps picker-sync.js keeps on the phone (one list per signed-in account).
    private const string PendingTaps =
        "() => Object.keys(localStorage).filter(k => k.startsWith('sw-picker-taps:')).reduce((n, k) => n + JSON.parse(localStorage.getItem(k)).length, 0)";

    static PickerFlowTests() => SetDefaultExpectTimeout(Patience.PageMilliseconds);

    [Fact]
    public async Task A_picker_taps_got_it_on_a_phone_the_label_prints_and_a_tap_made_offline_is_synced_once()
    {
        await using var run = new Scenario(fixture, "picker", output);
        await using var printer = FakeEscPosPrinter.Start();
        var phone = BrowserGiven.NewPhone();

        await run.RunAsync(async () =>
        {
            await PickerGiven.PickerAsync(fixture, phone, "小陈");
            await PickerGiven.PrinterAsync(fixture, phone, printer.Port);
            var first = await PickerGiven.TaskAsync(fixture, "沙河服装市场", "二楼", 2, "B-201", "碎花连衣裙");
            var second = await PickerGiven.TaskAsync(fixture, "沙河服装市场", "三楼", 3, "C-318", "针织开衫");

            var picker = await run.NewActorAsync("picker", new BrowserNewContextOptions
            {
                ViewportSize = new() { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2,
            });
            var p = picker.Page;
            await BrowserGiven.SignInAsync(p, run, phone, BrowserGiven.Password);
            await p.GotoAsync(run.Url("/picker"));

            var card = p.Locator($"[data-task='{first.TaskId}']");
            var market = p.TestId("market").Filter(new() { Has = card });
            await Expect(market.Locator("[data-testid='market-name']")).ToHaveTextAsync("沙河服装市场");
            await Expect(market.Locator("[data-testid='floor']")).ToHaveTextAsync(["二楼", "三楼"]);
            await Expect(p.TestId("stall").Filter(new() { Has = card }).Locator("[data-testid='stall-number']")).ToHaveTextAsync("B-201");
            await Expect(card.Locator("[data-testid='title']")).ToHaveTextAsync("碎花连衣裙");
            await Expect(p.TestId("open-count")).ToHaveTextAsync("2");
            (await p.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .ShouldBeTrue("the pick list is wider than the 360 px phone");
            await run.ShotAsync(p, "pick-list");

            await p.Locator($"#price-{first.TaskId}").FillAsync("48.5");
            await card.Locator("[data-testid='picked']").TapAsync();
            await Expect(card.Locator("[data-testid='note']")).ToHaveTextAsync("标签已发送打印机");
            await Expect(card.Locator("[data-testid='task-state']")).ToHaveTextAsync("拿到");
            await Expect(card.Locator("[data-testid='paid']")).ToHaveTextAsync("¥48.50");
            await Expect(p.TestId("open-count")).ToHaveTextAsync("1");
            var label = (await printer.WaitForJobsAsync(1, Patience.Background)).ShouldHaveSingleItem();
            var printed = Encoding.ASCII.GetString(label);
            printed.ShouldContain(first.LabelId);
            printed.ShouldContain(first.OrderNumber);
            await Expect(card.Locator("[data-testid='label-state']")).ToContainTextAsync("标签已打印"); // without reloading
            await run.ShotAsync(p, "picked");

            // No connection: the tap waits on the phone, marked and counted, and nothing reaches the server.
            var posts = 0;
            var action = $"/picker/tasks/{second.TaskId}/picked";
            p.RequestFinished += (_, request) =>
            {
                if (request.Method == "POST" && request.Url.EndsWith(action, StringComparison.Ordinal)) Interlocked.Increment(ref posts);
            };
            var offlineCard = p.Locator($"[data-task='{second.TaskId}']");
            await picker.Context.SetOfflineAsync(true);
            await p.Locator($"#price-{second.TaskId}").FillAsync("30");
            await offlineCard.Locator("[data-testid='picked']").TapAsync();
            await Expect(p.TestId("pending-badge")).ToBeVisibleAsync();
            await Expect(p.TestId("pending-badge")).ToContainTextAsync("1");
            await Expect(offlineCard.Locator("[data-pending-mark]")).ToBeVisibleAsync();
            await Task.Delay(2_500); // a retry or two fail meanwhile
            (await PickerGiven.TaskRowAsync(fixture, second.TaskId)).Status.ShouldBe(PickupTaskStatus.Open);
            (await p.EvaluateAsync<int>(PendingTaps)).ShouldBe(1);
            await run.ShotAsync(p, "offline-tap");

            await picker.Context.SetOfflineAsync(false);
            await Expect(p.TestId("pending-badge")).ToBeHiddenAsync();
            await Expect(offlineCard.Locator("[data-testid='task-state']")).ToHaveTextAsync("拿到");
            await Expect(offlineCard.Locator("[data-testid='paid']")).ToHaveTextAsync("¥30.00");
            await Expect(p.TestId("open-count")).ToHaveTextAsync("0");
            (await p.EvaluateAsync<int>(PendingTaps)).ShouldBe(0);
            var row = await PickerGiven.TaskRowAsync(fixture, second.TaskId);
            (row.Status, row.PaidUnitFen).ShouldBe((PickupTaskStatus.Picked, 3_000L));
            (await PickerGiven.PrintJobsAsync(fixture, second.TaskId)).ShouldBe(1);
            var labels = await printer.WaitForJobsAsync(2, Patience.Background);
            labels.Count(bytes => Encoding.ASCII.GetString(bytes).Contains(second.LabelId, StringComparison.Ordinal)).ShouldBe(1);
            posts.ShouldBe(1);
            await run.ShotAsync(p, "synced");

            var errors = run.BrowserErrors.Where(e => !e.Contains("ERR_INTERNET_DISCONNECTED", StringComparison.Ordinal)).ToList();
            errors.ShouldBeEmpty("the pages logged errors: " + string.Join("; ", errors));
        });
    }

    [Fact]
    public async Task A_bad_price_is_answered_in_its_card_and_a_tap_whose_answer_was_lost_is_sent_again_with_one_effect()
    {
        await using var run = new Scenario(fixture, "picker-retry", output);
        await using var printer = FakeEscPosPrinter.Start();
        var phone = BrowserGiven.NewPhone();

        await run.RunAsync(async () =>
        {
            await PickerGiven.PickerAsync(fixture, phone, "小李");
            await PickerGiven.PrinterAsync(fixture, phone, printer.Port);
            var task = await PickerGiven.TaskAsync(fixture, "国大服装城", "一楼", 1, "A-18", "牛仔外套");
            var picker = await run.NewActorAsync("picker", new BrowserNewContextOptions
            {
                ViewportSize = new() { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true,
            });
            var p = picker.Page;
            await BrowserGiven.SignInAsync(p, run, phone, BrowserGiven.Password);
            await p.GotoAsync(run.Url("/picker"));
            var card = p.Locator($"[data-task='{task.TaskId}']");

            await p.Locator($"#price-{task.TaskId}").FillAsync("12.345");
            await card.Locator("[data-testid='picked']").TapAsync();
            await Expect(card.Locator(".field-validation-error[data-valmsg-for='Price']")).ToHaveTextAsync("请填写拿货价（元，最多两位小数）");
            await Expect(p.Locator($"#price-{task.TaskId}")).ToHaveValueAsync("12.345");
            await Expect(p.TestId("pending-badge")).ToBeHiddenAsync();
            p.Url.ShouldBe(run.Url("/picker")); // answered in place, no navigation
            await run.ShotAsync(p, "bad-price");

            // The server records the first tap but its answer never reaches the phone; the retry gets the same answer.
            var reached = 0;
            await p.RouteAsync($"**/picker/tasks/{task.TaskId}/picked", async route =>
            {
                if (Interlocked.Increment(ref reached) > 1)
                {
                    await route.ContinueAsync();
                    return;
                }
                (await route.FetchAsync(new() { MaxRedirects = 0 })).Status.ShouldBe(302);
                await route.AbortAsync("connectionreset");
            });
            await p.Locator($"#price-{task.TaskId}").FillAsync("52");
            await card.Locator("[data-testid='picked']").TapAsync();
            await Expect(card.Locator("[data-testid='task-state']")).ToHaveTextAsync("拿到");
            await Expect(p.TestId("pending-badge")).ToBeHiddenAsync();
            reached.ShouldBe(2);
            (await PickerGiven.PrintJobsAsync(fixture, task.TaskId)).ShouldBe(1);
            (await PickerGiven.TaskRowAsync(fixture, task.TaskId)).PaidUnitFen.ShouldBe(5_200L);
            (await printer.WaitForJobsAsync(1, Patience.Background)).ShouldHaveSingleItem();
            await Task.Delay(500);
            printer.Received.Count.ShouldBe(1);
        });
    }
}
