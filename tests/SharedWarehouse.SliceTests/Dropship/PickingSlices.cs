using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.Modules.Dropship.Features.Picking;
using SharedWarehouse.Modules.Dropship.Features.Resolve;
using SharedWarehouse.Modules.Dropship.Features.Warehouse;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Dropship;

public abstract class PickingSlices(AppFixture app)
{
    [Fact]
    public async Task A_picker_sees_its_teams_tasks_by_market_and_stall_and_got_it_prints_one_label_however_often_it_is_tapped()
    {
        var d = await app.DropshipMerchantAsync();
        var picker = await app.PickerAsync(d.Merchant.ShopId);
        var order = await app.ReceivedAsync(d.Merchant.ShopId, DropshipGiven.Order(null, DropshipGiven.Line(DropshipGiven.Dress), DropshipGiven.Line(DropshipGiven.Coat)));

        var day = (await app.SendAsync(new GetPickerDay(picker.UserId)))!;
        var market = day.Markets.Single(m => m.MarketId == d.Market.Id);
        market.Stalls.Select(s => s.StallNumber).ShouldBe(["A01", "B01"]); // floor 1 before floor 2
        day.OpenCount.ShouldBe(2);
        var task = market.Stalls[0].Tasks.Single();

        var first = await app.SendAsync(new ConfirmPickup(picker.UserId, task.TaskId, 4200));
        var retry = await app.SendAsync(new ConfirmPickup(picker.UserId, task.TaskId, 4200));
        first.Errors.ShouldBeEmpty();
        retry.Errors.ShouldBeEmpty();
        first.Value.Outcome.ShouldBe(PickOutcome.Picked);
        first.Value.PrintJobId.ShouldNotBeNull();
        retry.Value.PrintJobId.ShouldBe(first.Value.PrintJobId);
        (await app.PrintJobsAsync($"pick:{task.TaskId:N}")).ShouldBe(1);
        (await app.SendAsync(new ConfirmPickup(picker.UserId, task.TaskId, 3900))).Errors.Single().Code.ShouldBe("conflict");
        (await app.SendAsync(new ReportStallShortage(picker.UserId, task.TaskId, null))).Errors.Single().Code.ShouldBe("conflict");

        var line = (await app.OrderAsync(order.Id)).Lines.Single(l => l.SkuCode == DropshipGiven.Dress);
        (line.Status, line.PaidUnitFen).ShouldBe((LineStatus.Picked, 4200L));
        (await app.SendAsync(new GetPickerDay(picker.UserId)))!.OpenCount.ShouldBe(1);
    }

    [Fact]
    public async Task Another_teams_picker_cannot_see_or_act_on_a_task()
    {
        var d = await app.DropshipMerchantAsync();
        var stranger = await app.PickerAsync(null);
        var order = await app.ReceivedAsync(d.Merchant.ShopId, DropshipGiven.Order());
        var task = (await app.TasksAsync(order.Id)).Single();

        (await app.SendAsync(new GetPickerDay(stranger.UserId)))!.Markets.SelectMany(m => m.Stalls).SelectMany(s => s.Tasks)
            .ShouldNotContain(t => t.TaskId == task.Id);
        (await app.SendAsync(new ConfirmPickup(stranger.UserId, task.Id, 4500))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new ReportStallShortage(stranger.UserId, task.Id, null))).IsNotFound.ShouldBeTrue();
        (await app.TasksAsync(order.Id)).Single().Status.ShouldBe(PickupTaskStatus.Open);
        (await app.SendAsync(new GetPickerDay(await app.BuyerAsync()))).ShouldBeNull();
    }

    [Fact]
    public async Task Out_of_stock_goes_to_the_merchant_who_switches_to_the_alternate_stall()
    {
        var d = await app.DropshipMerchantAsync();
        var picker = await app.PickerAsync(d.Merchant.ShopId);
        var order = await app.ReceivedAsync(d.Merchant.ShopId, DropshipGiven.Order());
        var task = (await app.TasksAsync(order.Id)).Single();

        (await app.SendAsync(new ReportStallShortage(picker.UserId, task.Id, null))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ReportStallShortage(picker.UserId, task.Id, null))).Errors.ShouldBeEmpty(); // a retried tap
        var line = (await app.OrderAsync(order.Id)).Lines.Single();
        line.Status.ShouldBe(LineStatus.OutOfStock);

        var other = await app.DropshipMerchantAsync();
        (await app.SendAsync(new ResolveDropshipLine(other.Merchant.ShopId, order.Id, line.Id, Resolution.SwitchStall, d.Market.A02, null, null))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new ResolveDropshipLine(d.Merchant.ShopId, order.Id, line.Id, Resolution.SwitchStall, null, null, null))).Errors.Single().Field.ShouldBe("StallId");
        (await app.SendAsync(new ResolveDropshipLine(d.Merchant.ShopId, order.Id, line.Id, Resolution.SwitchStall, d.Market.A02, null, null))).Errors.ShouldBeEmpty();

        var tasks = await app.TasksAsync(order.Id);
        tasks.Select(t => (t.StallNumber, t.Status)).ShouldBe([("A01", PickupTaskStatus.OutOfStock), ("A02", PickupTaskStatus.Open)]);
        tasks[1].LabelId.ShouldNotBe(tasks[0].LabelId);
        (await app.OrderAsync(order.Id)).Lines.Single().Status.ShouldBe(LineStatus.AwaitingPickup);

        // The first stall's label, if it was printed and is scanned anyway, is named as replaced.
        var old = await app.SendAsync(new ScanIn((await app.OrderAsync(order.Id)).Scope, " " + tasks[0].LabelId.ToLowerInvariant()));
        old.Errors.Single().Message.ShouldBe("标签 {0} 已作废：订单 {1} 的这件商品已重新安排拿货，请用新标签");
        old.Errors.Single().Args.ShouldBe([tasks[0].LabelId, order.Number]);
    }

    [Fact]
    public async Task Every_kind_of_code_a_desk_looks_up_has_its_own_index()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var model = scope.ServiceProvider.GetRequiredService<DropshipDbContext>().Model;
        bool Indexed<T>(string column) => model.FindEntityType(typeof(T))!.GetIndexes().Any(i => i.Properties[0].Name == column);
        Indexed<DropshipLine>(nameof(DropshipLine.LabelId)).ShouldBeTrue();
        Indexed<PickupTask>(nameof(PickupTask.LabelId)).ShouldBeTrue();
        Indexed<DropshipOrder>(nameof(DropshipOrder.Number)).ShouldBeTrue();
        Indexed<DropshipOrder>(nameof(DropshipOrder.TrackingNumber)).ShouldBeTrue();
        Indexed<DropshipOrder>(nameof(DropshipOrder.ReturnWaybill)).ShouldBeTrue();
        Indexed<ReturnCase>(nameof(ReturnCase.ReturnWaybill)).ShouldBeTrue();
        Indexed<ReturnCase>(nameof(ReturnCase.ReturnLabelId)).ShouldBeTrue();
    }

    [Fact]
    public async Task In_stock_on_a_later_day_is_requeued_and_the_job_puts_it_back_on_the_list_that_morning()
    {
        var d = await app.DropshipMerchantAsync();
        var picker = await app.PickerAsync(d.Merchant.ShopId);
        var order = await app.ReceivedAsync(d.Merchant.ShopId, DropshipGiven.Order());
        var task = (await app.TasksAsync(order.Id)).Single();
        var today = ChinaTime.Today(app.Clock);

        (await app.SendAsync(new ReportStallShortage(picker.UserId, task.Id, today))).Errors.Single().Field.ShouldBe("Day");
        (await app.SendAsync(new ReportStallShortage(picker.UserId, task.Id, today.AddDays(2)))).Errors.ShouldBeEmpty();
        var line = (await app.OrderAsync(order.Id)).Lines.Single();
        (line.Status, line.AvailableOn).ShouldBe((LineStatus.InStockLater, today.AddDays(2)));

        (await app.SendAsync(new ResolveDropshipLine(d.Merchant.ShopId, order.Id, line.Id, Resolution.Requeue, null, today, null))).Errors.Single().Field.ShouldBe("Day");
        (await app.SendAsync(new ResolveDropshipLine(d.Merchant.ShopId, order.Id, line.Id, Resolution.Requeue, null, today.AddDays(2), null))).Errors.ShouldBeEmpty();
        var scheduled = (await app.TasksAsync(order.Id)).Last();
        (scheduled.Status, scheduled.DueOn, scheduled.StallNumber).ShouldBe((PickupTaskStatus.Scheduled, today.AddDays(2), "A01"));
        (await app.SendAsync(new GetPickerDay(picker.UserId)))!.OpenCount.ShouldBe(0);

        await app.SendAsync(new SweepDropship(TimeSpan.Zero));
        (await app.TasksAsync(order.Id)).Last().Status.ShouldBe(PickupTaskStatus.Scheduled);
        app.Clock.Advance(TimeSpan.FromDays(2));
        (await app.SendAsync(new SweepDropship(TimeSpan.Zero))).Value.Opened.ShouldBe(1);
        (await app.SendAsync(new GetPickerDay(picker.UserId)))!.OpenCount.ShouldBe(1);
        (await app.SendAsync(new SweepDropship(TimeSpan.Zero))).Value.Opened.ShouldBe(0);
    }

    [Fact]
    public async Task The_warehouse_sorts_each_order_to_a_slot_of_its_own_and_a_rescan_only_shows_the_slot()
    {
        var d = await app.DropshipMerchantAsync();
        var picker = await app.PickerAsync(d.Merchant.ShopId);
        var one = await app.ReceivedAsync(d.Merchant.ShopId, DropshipGiven.Order(null, DropshipGiven.Line(DropshipGiven.Dress), DropshipGiven.Line(DropshipGiven.Coat)));
        var two = await app.ReceivedAsync(d.Merchant.ShopId, DropshipGiven.Order());
        foreach (var t in (await app.TasksAsync(one.Id)).Concat(await app.TasksAsync(two.Id)))
            (await app.SendAsync(new ConfirmPickup(picker.UserId, t.Id, 4000))).Errors.ShouldBeEmpty();
        var labels = (await app.TasksAsync(one.Id)).Select(t => t.LabelId).ToList();
        var scope = d.Merchant.ShopId;

        (await app.SendAsync(new ScanIn(Guid.Empty, labels[0]))).Errors.Single().Field.ShouldBe("Code"); // the platform's warehouse
        var other = await app.DropshipMerchantAsync();
        (await app.SendAsync(new ScanIn(other.Merchant.ShopId, labels[0]))).Errors.Single().Field.ShouldBe("Code");
        (await app.SendAsync(new ScanIn(scope, "  "))).Errors.Single().Field.ShouldBe("Code");

        var first = (await app.SendAsync(new ScanIn(scope, labels[0].ToLowerInvariant()))).Value;
        (first.LinesInHand, first.LinesOpen, first.ReadyToShip, first.AlreadyIn).ShouldBe((1, 2, false, false));
        var secondOrder = (await app.SendAsync(new ScanIn(scope, (await app.TasksAsync(two.Id)).Single().LabelId))).Value;
        secondOrder.Slot.ShouldNotBe(first.Slot);
        var again = (await app.SendAsync(new ScanIn(scope, labels[0]))).Value;
        (again.Slot, again.AlreadyIn).ShouldBe((first.Slot, true));
        var done = (await app.SendAsync(new ScanIn(scope, labels[1]))).Value;
        (done.Slot, done.ReadyToShip).ShouldBe((first.Slot, true));
        (await app.OrderAsync(one.Id)).Status.ShouldBe(DropshipOrderStatus.ReadyToShip);
    }
}

public sealed class PickingSlicesOnSqlite(SqliteApp app) : PickingSlices(app), IClassFixture<SqliteApp>;

public sealed class PickingSlicesOnPostgreSql(PostgreSqlApp app) : PickingSlices(app), IClassFixture<PostgreSqlApp>;
