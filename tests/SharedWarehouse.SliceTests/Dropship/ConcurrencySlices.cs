using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.Modules.Dropship.Features.Intake;
using SharedWarehouse.Modules.Dropship.Features.Picking;
using SharedWarehouse.Modules.Dropship.Features.Resolve;
using SharedWarehouse.Modules.Dropship.Features.Returns;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;
using SharedWarehouse.SliceTests.Markets;

namespace SharedWarehouse.SliceTests.Dropship;

/// Two people acting on one order (or one returned item) at once, and a crash between steps: one effect, nothing lost.
public abstract class ConcurrencySlices(AppFixture app)
{
    [Fact]
    public async Task A_pick_racing_a_close_never_leaves_a_closed_order_with_goods_bought_for_it()
    {
        var d = await app.DropshipMerchantAsync();
        var picker = await app.PickerAsync(d.Merchant.ShopId, withPrinter: false);
        for (var i = 0; i < 4; i++)
        {
            var order = await app.ReceivedAsync(d.Merchant.ShopId, DropshipGiven.Order());
            var task = (await app.TasksAsync(order.Id)).Single();
            await Task.WhenAll(
                Task.Run(() => app.SendAsync(new ConfirmPickup(picker.UserId, task.Id, 4300))),
                Task.Run(() => app.SendAsync(new CloseDropshipOrder(d.Merchant.ShopId, order.Id, "买家取消"))));

            var after = await app.OrderAsync(order.Id);
            var taskAfter = (await app.TasksAsync(order.Id)).Single();
            (after.Status == DropshipOrderStatus.Closed && taskAfter.Status == PickupTaskStatus.Picked).ShouldBeFalse();
            (after.Status == DropshipOrderStatus.Closed).ShouldBe(taskAfter.Status == PickupTaskStatus.Cancelled);
        }
    }

    [Fact]
    public async Task Two_orders_racing_for_one_returned_item_get_it_once_and_the_other_goes_to_the_stall()
    {
        var d = await app.DropshipMerchantAsync();
        var picker = await app.PickerAsync(d.Merchant.ShopId, withPrinter: false);
        var shipped = await app.ShippedAsync(d, picker, d.Merchant.ShopId);
        var item = (await app.SendAsync(new InspectReturn(d.Merchant.ShopId, shipped.Id, shipped.Lines.Single().Id, "RTN-R", true, null, null))).Value;

        var one = DropshipGiven.Order();
        var two = DropshipGiven.Order();
        await Task.WhenAll(Task.Run(() => app.SendAsync(new ReceiveDropshipOrders(d.Merchant.ShopId, [one]))),
            Task.Run(() => app.SendAsync(new ReceiveDropshipOrders(d.Merchant.ShopId, [two]))));
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.SendAsync(new SweepDropship(TimeSpan.FromMinutes(1))); // the loser, if its filter conflicted, is filtered again

        var lines = new[] { await app.OrderAsync(d.Merchant.ShopId, one.ExternalOrderId!), await app.OrderAsync(d.Merchant.ShopId, two.ExternalOrderId!) }
            .Select(o => (Order: o, Line: o.Lines.Single())).ToList();
        lines.Count(x => x.Line.ReturnCaseId == item.ReturnId).ShouldBe(1);
        lines.Single(x => x.Line.ReturnCaseId is null).Line.Status.ShouldBe(LineStatus.AwaitingPickup);
        var sold = await app.QueryAsync<DropshipDbContext, ReturnCase>(db => db.Returns.AsNoTracking().SingleAsync(r => r.Id == item.ReturnId));
        (sold.Status, sold.SoldToOrderId).ShouldBe((ReturnStatus.SoldAgain, lines.Single(x => x.Line.ReturnCaseId is not null).Order.Id));
    }

    [Fact]
    public async Task A_close_interrupted_before_its_releases_is_finished_by_the_sweep()
    {
        var stocked = await app.StockedMerchantAsync(quantity: 5);
        var order = await app.ReceivedAsync(stocked.Merchant.ShopId, DropshipGiven.Order(null, DropshipGiven.Line(stocked.SkuCode, quantity: 2)));
        (await app.AvailableAsync(stocked.SkuId)).ShouldBe(3);

        // The crash: the order is marked closed, the process dies before giving anything back.
        (await app.SendAsync(new MarkDropshipOrderClosed(stocked.Merchant.ShopId, order.Id, "买家取消"))).Errors.ShouldBeEmpty();
        (await app.AvailableAsync(stocked.SkuId)).ShouldBe(3);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.SendAsync(new SweepDropship(TimeSpan.FromMinutes(1)));

        (await app.AvailableAsync(stocked.SkuId)).ShouldBe(5);
        (await app.OrderAsync(order.Id)).ReleasedUtc.ShouldNotBeNull();
        await app.SendAsync(new SweepDropship(TimeSpan.FromMinutes(1)));
        (await app.AvailableAsync(stocked.SkuId)).ShouldBe(5);
    }

    [Fact]
    public async Task A_second_picker_cannot_claim_a_task_already_picked_and_a_stall_refund_is_capped_by_the_price_paid()
    {
        var d = await app.DropshipMerchantAsync();
        var first = await app.PickerAsync(d.Merchant.ShopId, withPrinter: false);
        var second = await app.PickerAsync(d.Merchant.ShopId, withPrinter: false);
        var order = await app.ReceivedAsync(d.Merchant.ShopId, DropshipGiven.Order());
        var task = (await app.TasksAsync(order.Id)).Single();
        (await app.SendAsync(new ConfirmPickup(first.UserId, task.Id, 4300))).Errors.ShouldBeEmpty();
        var claimed = await app.SendAsync(new ConfirmPickup(second.UserId, task.Id, 4300));
        (claimed.Errors.Single().Code, claimed.Errors.Single().Message).ShouldBe(("conflict", "已由{0}拿货"));

        var shipped = await app.ShippedAsync(d, first, d.Merchant.ShopId);
        var item = (await app.SendAsync(new InspectReturn(d.Merchant.ShopId, shipped.Id, shipped.Lines.Single().Id, "RTN-C", true, null, null))).Value;
        (await app.SendAsync(new ActOnReturn(d.Merchant.ShopId, d.Merchant.ShopId, item.ReturnId, ReturnAction.BackToStall, null))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new RecordStallReturn(first.UserId, item.ReturnId, true, 43_000, null))).Errors.Single().Field.ShouldBe("Amount");
        (await app.SendAsync(new RecordStallReturn(first.UserId, item.ReturnId, true, 4_300, null))).Value.ShouldBe(ReturnStatus.StallRefunded);
    }
}

public sealed class ConcurrencySlicesOnSqlite(SqliteApp app) : ConcurrencySlices(app), IClassFixture<SqliteApp>;

public sealed class ConcurrencySlicesOnPostgreSql(PostgreSqlApp app) : ConcurrencySlices(app), IClassFixture<PostgreSqlApp>;
