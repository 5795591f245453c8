using System.Net;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Settings;
using SharedWarehouse.Testing;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;
using static SharedWarehouse.WebTests.Infrastructure.PickerWeb;

namespace SharedWarehouse.WebTests;

/// The picker's phone pages: its team's tasks only, the stall actions, and that every action can be repeated
/// (a retried tap after a lost answer) with one effect.
[Collection(WebCollection.Name)]
public sealed class DropshipPickerTests(SharedWarehouseFactory factory)
{
    private static string Picked(Guid id) => $"/picker/tasks/{id}/picked";

    private Task<PickupTask> TaskRowAsync(Guid id) => DropshipAsync(factory, db => db.Tasks.AsNoTracking().SingleAsync(t => t.Id == id));

    private Task<int> PrintJobsAsync(Guid taskId) =>
        PrintingAsync(factory, db => db.Jobs.CountAsync(j => j.IdempotencyKey == $"pick:{taskId:N}"));

    [Fact]
    public async Task A_picker_sees_its_teams_tasks_under_market_floor_and_stall_and_another_teams_task_is_not_found()
    {
        var picker = await PickerAsync(factory);
        var mine = await TaskAsync(factory, market: "沙河市场", floor: "三楼", stall: "C-318");
        var otherShop = Guid.CreateVersion7();
        var theirs = await TaskAsync(factory, otherShop);

        var page = await picker.Visitor.GetAsync("/picker");
        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
        var card = page.Document.QuerySelector($"[data-task='{mine.TaskId}']").ShouldNotBeNull();
        var stall = card.Closest("[data-testid='stall']").ShouldNotBeNull();
        stall.QuerySelector("[data-testid='stall-number']")!.TextContent.Trim().ShouldBe("C-318");
        var market = card.Closest("[data-testid='market']").ShouldNotBeNull();
        market.QuerySelector("[data-testid='market-name']")!.TextContent.Trim().ShouldBe("沙河市场");
        market.QuerySelectorAll("[data-testid='floor']").Select(f => f.TextContent.Trim()).ShouldContain("三楼");
        card.QuerySelector("[data-testid='order-number']")!.TextContent.Trim().ShouldBe(mine.OrderNumber);
        card.QuerySelector("[data-testid='declared']")!.TextContent.Trim().ShouldBe("¥50.00");
        int.Parse(page.TestId("open-count")!).ShouldBeGreaterThanOrEqualTo(1);
        page.Document.QuerySelector($"[data-task='{theirs.TaskId}']").ShouldBeNull();

        var token = page.Token(Picked(mine.TaskId));
        (await picker.Visitor.PostAsync(Picked(theirs.TaskId), [F("Price", "50")], token)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await picker.Visitor.PostAsync($"/picker/tasks/{theirs.TaskId}/out-of-stock", [], token)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await picker.Visitor.PostAsync($"/picker/tasks/{theirs.TaskId}/print", [], token)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await TaskRowAsync(theirs.TaskId)).Status.ShouldBe(PickupTaskStatus.Open);

        var theirPicker = await PickerAsync(factory, otherShop);
        var theirPage = await theirPicker.Visitor.GetAsync("/picker");
        theirPage.Document.QuerySelector($"[data-task='{theirs.TaskId}']").ShouldNotBeNull();
        theirPage.Document.QuerySelector($"[data-task='{mine.TaskId}']").ShouldBeNull();
    }

    [Theory]
    [InlineData("12.345")]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("")]
    public async Task A_bad_price_is_shown_next_to_the_field_with_the_typed_value_and_changes_nothing(string price)
    {
        var picker = await PickerAsync(factory);
        var task = await TaskAsync(factory);

        var page = await picker.Visitor.SubmitAsync("/picker", Picked(task.TaskId), [F("Price", price)]);

        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
        page.FieldError("Price").ShouldBe("请填写拿货价（元，最多两位小数）");
        (page.Document.QuerySelector($"#price-{task.TaskId}")!.GetAttribute("value") ?? "").ShouldBe(price);
        page.Document.QuerySelectorAll("input[name='Price'][value]").Count(i => i.GetAttribute("value") != "").ShouldBe(price == "" ? 0 : 1);
        var row = await TaskRowAsync(task.TaskId);
        (row.Status, row.PaidUnitFen, row.PrintJobId).ShouldBe((PickupTaskStatus.Open, null, null));
    }

    [Fact]
    public async Task A_repeated_got_it_with_the_same_price_has_one_effect_and_prints_one_label()
    {
        await using var printer = FakeEscPosPrinter.Start();
        var picker = await PickerAsync(factory);
        await AssignPrinterAsync(factory, picker.Phone, printer.Port);
        var task = await TaskAsync(factory);
        var token = (await picker.Visitor.GetAsync("/picker")).Token(Picked(task.TaskId));

        var first = await picker.Visitor.PostAsync(Picked(task.TaskId), [F("Price", "48.5")], token);
        var again = await picker.Visitor.PostAsync(Picked(task.TaskId), [F("Price", "48.50")], token);

        first.Status.ShouldBe(HttpStatusCode.Redirect, first.ToString());
        again.Status.ShouldBe(HttpStatusCode.Redirect, again.ToString());
        first.Location.ShouldBe($"/picker#card-{task.TaskId:N}");
        var row = await TaskRowAsync(task.TaskId);
        (row.Status, row.PaidUnitFen).ShouldBe((PickupTaskStatus.Picked, 4_850L));
        (await PrintJobsAsync(task.TaskId)).ShouldBe(1);
        var line = await DropshipAsync(factory, db => db.Lines.AsNoTracking().SingleAsync(l => l.TaskId == task.TaskId));
        (line.Status, line.PaidUnitFen).ShouldBe((LineStatus.Picked, 4_850L));

        var shown = await picker.Visitor.FollowAsync(again);
        var card = shown.Document.QuerySelector($"[data-task='{task.TaskId}']").ShouldNotBeNull();
        card.QuerySelector("[data-testid='note']")!.TextContent.Trim().ShouldBe("标签已发送打印机");
        card.QuerySelector("[data-testid='task-state']")!.TextContent.Trim().ShouldBe("拿到");
        card.QuerySelector("[data-testid='paid']")!.TextContent.Trim().ShouldBe("¥48.50");

        var received = await printer.WaitForJobsAsync(1, TimeSpan.FromSeconds(15));
        received.Count.ShouldBe(1);
        System.Text.Encoding.ASCII.GetString(received[0]).ShouldContain(task.LabelId);

        var different = await picker.Visitor.PostAsync(Picked(task.TaskId), [F("Price", "52")], token);
        different.Status.ShouldBe(HttpStatusCode.OK);
        different.Text($"[data-task='{task.TaskId}'] [data-testid='card-errors']").ShouldBe("该任务已处理，请刷新");
        (await TaskRowAsync(task.TaskId)).PaidUnitFen.ShouldBe(4_850L);
        (await PrintJobsAsync(task.TaskId)).ShouldBe(1);
    }

    [Fact]
    public async Task Without_a_printer_the_print_error_is_shown_and_reprint_prints_once_the_printer_is_assigned()
    {
        await using var printer = FakeEscPosPrinter.Start();
        var picker = await PickerAsync(factory);
        var task = await TaskAsync(factory);
        var token = (await picker.Visitor.GetAsync("/picker")).Token(Picked(task.TaskId));

        var shown = await picker.Visitor.FollowAsync(await picker.Visitor.PostAsync(Picked(task.TaskId), [F("Price", "50")], token));
        shown.Text($"[data-task='{task.TaskId}'] [data-testid='note']").ShouldBe("找不到指定的打印机");
        shown.Text($"[data-task='{task.TaskId}'] [data-testid='label-state']").ShouldNotBeNull().ShouldStartWith("标签未打印");
        (await PrintJobsAsync(task.TaskId)).ShouldBe(0);

        await AssignPrinterAsync(factory, picker.Phone, printer.Port);
        var print = $"/picker/tasks/{task.TaskId}/print";
        var reprinted = await picker.Visitor.PostAsync(print, [], shown.Token(print));
        reprinted.Status.ShouldBe(HttpStatusCode.Redirect, reprinted.ToString());
        (await picker.Visitor.PostAsync(print, [], shown.Token(print))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await PrintJobsAsync(task.TaskId)).ShouldBe(1);
        (await printer.WaitForJobsAsync(1, TimeSpan.FromSeconds(15))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_price_above_the_declared_one_goes_back_to_the_merchant_and_prints_nothing()
    {
        var picker = await PickerAsync(factory);
        var task = await TaskAsync(factory, declaredFen: 5_000);
        var token = (await picker.Visitor.GetAsync("/picker")).Token(Picked(task.TaskId));

        var posted = await picker.Visitor.PostAsync(Picked(task.TaskId), [F("Price", "60")], token);
        (await picker.Visitor.PostAsync(Picked(task.TaskId), [F("Price", "60")], token)).Status.ShouldBe(HttpStatusCode.Redirect);

        var shown = await picker.Visitor.FollowAsync(posted);
        shown.Text($"[data-task='{task.TaskId}'] [data-testid='task-state']").ShouldBe("价格超出");
        shown.Text($"[data-task='{task.TaskId}'] [data-testid='price-refused']").ShouldBe("超出申报价，已退回商家修改");
        (await TaskRowAsync(task.TaskId)).Status.ShouldBe(PickupTaskStatus.PriceRefused);
        (await PrintJobsAsync(task.TaskId)).ShouldBe(0);
    }

    [Fact]
    public async Task Out_of_stock_and_in_stock_later_are_recorded_once_and_a_bad_day_keeps_the_form()
    {
        var picker = await PickerAsync(factory);
        var gone = await TaskAsync(factory);
        var later = await TaskAsync(factory);
        var page = await picker.Visitor.GetAsync("/picker");
        var outOfStock = $"/picker/tasks/{gone.TaskId}/out-of-stock";
        (await picker.Visitor.PostAsync(outOfStock, [], page.Token(outOfStock))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await picker.Visitor.PostAsync(outOfStock, [], page.Token(outOfStock))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await TaskRowAsync(gone.TaskId)).Status.ShouldBe(PickupTaskStatus.OutOfStock);

        var action = $"/picker/tasks/{later.TaskId}/in-stock-later";
        var bad = await picker.Visitor.PostAsync(action, [F("Day", "明天")], page.Token(action));
        bad.Status.ShouldBe(HttpStatusCode.OK);
        bad.FieldError("Day").ShouldBe("请选择档口有货的日期");
        bad.Document.QuerySelector($"#day-{later.TaskId}")!.GetAttribute("value").ShouldBe("明天");
        var past = await picker.Visitor.PostAsync(action, [F("Day", "2020-01-01")], page.Token(action));
        past.FieldError("Day").ShouldBe("到货日期须在明天到 60 天之内");
        (await TaskRowAsync(later.TaskId)).Status.ShouldBe(PickupTaskStatus.Open);

        var day = ChinaTime.Today(TimeProvider.System).AddDays(3);
        var done = await picker.Visitor.PostAsync(action, [F("Day", day.ToString("yyyy-MM-dd"))], page.Token(action));
        done.Status.ShouldBe(HttpStatusCode.Redirect, done.ToString());
        var shown = await picker.Visitor.FollowAsync(done);
        shown.Text($"[data-task='{later.TaskId}'] [data-testid='task-state']").ShouldBe($"{day:MM-dd}有货");
        shown.Text($"[data-task='{gone.TaskId}'] [data-testid='task-state']").ShouldBe("无货");
        var row = await TaskRowAsync(later.TaskId);
        (row.Status, row.AvailableOn).ShouldBe((PickupTaskStatus.InStockLater, day));
    }

    [Fact]
    public async Task A_tap_on_a_task_cancelled_meanwhile_shows_why_at_the_top_and_changes_nothing()
    {
        var picker = await PickerAsync(factory);
        var task = await TaskAsync(factory);
        var token = (await picker.Visitor.GetAsync("/picker")).Token(Picked(task.TaskId));
        await DropshipAsync(factory, async db =>
        {
            (await db.Tasks.SingleAsync(t => t.Id == task.TaskId)).Cancel();
            return await db.SaveChangesAsync();
        });

        var page = await picker.Visitor.PostAsync(Picked(task.TaskId), [F("Price", "50")], token);

        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
        page.TestId("tap-errors").ShouldBe("该任务已处理，请刷新");
        page.Document.QuerySelector($"[data-task='{task.TaskId}']").ShouldBeNull();
        (await TaskRowAsync(task.TaskId)).Status.ShouldBe(PickupTaskStatus.Cancelled);
        (await PrintJobsAsync(task.TaskId)).ShouldBe(0);
    }

    [Fact]
    public async Task Picker_actions_without_the_antiforgery_token_are_refused_and_change_nothing()
    {
        var picker = await PickerAsync(factory);
        var task = await TaskAsync(factory);
        (await picker.Visitor.GetAsync("/picker")).Status.ShouldBe(HttpStatusCode.OK);

        (await picker.Visitor.PostAsync(Picked(task.TaskId), [F("Price", "50")], token: null)).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await picker.Visitor.PostAsync($"/picker/tasks/{task.TaskId}/out-of-stock", [], token: null)).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await TaskRowAsync(task.TaskId)).Status.ShouldBe(PickupTaskStatus.Open);
    }

    [Fact]
    public async Task Buyers_are_kept_out_and_a_deactivated_picker_sees_that_it_is_in_no_team()
    {
        var buyer = await factory.BuyerAsync();
        var denied = await buyer.GetAsync("/picker");
        if (denied.Status != HttpStatusCode.Forbidden) denied.Location.ShouldNotBeNull().ShouldStartWith("/account/denied");

        var picker = await PickerAsync(factory);
        var id = await DropshipAsync(factory, db => db.Pickers.Where(p => p.Phone == picker.Phone).Select(p => p.Id).SingleAsync());
        (await SendAsync(factory, new SetPickerActive(null, id, false))).Errors.ShouldBeEmpty();
        var page = await picker.Visitor.GetAsync("/picker");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.TestId("not-in-team").ShouldBe("你的账号还没有加入拣货团队（或已停用），请联系商家或平台管理员。");
    }

    [Fact]
    public async Task A_return_trip_shows_the_pickup_details_and_records_the_stall_refund_once()
    {
        var shop = Guid.CreateVersion7();
        var picker = await PickerAsync(factory, shop);
        var returnId = await ReturnTripAsync(factory, shop, "老张");

        var page = await picker.Visitor.GetAsync("/picker");
        var card = page.Document.QuerySelector($"[data-return='{returnId}']").ShouldNotBeNull();
        card.QuerySelector("[data-testid='return-stall']")!.TextContent.Trim().ShouldBe("沙河市场 二楼 B-201");
        card.QuerySelector("[data-testid='return-price']")!.TextContent.Trim().ShouldBe("¥48.00");
        card.QuerySelector("[data-testid='return-picker']")!.TextContent.Trim().ShouldBe("老张");

        var refunded = $"/picker/returns/{returnId}/refunded";
        var bad = await picker.Visitor.PostAsync(refunded, [F("Amount", "-5")], page.Token(refunded));
        bad.Status.ShouldBe(HttpStatusCode.OK);
        bad.FieldError("Amount").ShouldBe("请填写档口退回的金额（元，最多两位小数）");
        bad.InputValue("Amount").ShouldBe("-5");
        var refused = $"/picker/returns/{returnId}/refused";
        (await picker.Visitor.PostAsync(refused, [F("Note", " ")], page.Token(refused))).FieldError("Note").ShouldBe("请写明档口不退的原因（200 字以内）");

        (await picker.Visitor.PostAsync(refunded, [F("Amount", "96")], page.Token(refunded))).Status.ShouldBe(HttpStatusCode.Redirect);
        var again = await picker.Visitor.PostAsync(refunded, [F("Amount", "96.00")], page.Token(refunded));
        again.Status.ShouldBe(HttpStatusCode.Redirect);
        var shown = await picker.Visitor.FollowAsync(again);
        shown.Text($"[data-return='{returnId}'] [data-testid='return-state']").ShouldBe("档口已退款");
        shown.Text($"[data-return='{returnId}'] [data-testid='stall-refund']").ShouldBe("¥96.00");
        var item = await DropshipAsync(factory, db => db.Returns.AsNoTracking().SingleAsync(r => r.Id == returnId));
        (item.Status, item.StallRefundFen).ShouldBe((ReturnStatus.StallRefunded, 9_600L));
    }
}
