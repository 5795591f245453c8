using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.Modules.Dropship.Features.Intake;
using SharedWarehouse.Modules.Dropship.Features.Returns;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;
using SharedWarehouse.SliceTests.Markets;
using SharedWarehouse.SliceTests.Wallet;

namespace SharedWarehouse.SliceTests.Dropship;

/// A batch received as one: each order judged on its own, the batch saved and filtered together, duplicates found
/// against earlier batches, within the batch and against a batch saving at the same time.
public abstract class IntakeBatchSlices(AppFixture app)
{
    [Fact]
    public async Task A_mixed_batch_answers_each_order_in_its_place_and_files_every_new_one()
    {
        var stocked = await app.StockedMerchantAsync(quantity: 10);
        var market = await app.MarketAsync();
        (await app.SendAsync(MarketsGiven.Code(stocked.Merchant.OwnerId, DropshipGiven.Dress, MarketsGiven.Option(market.A01, "K-1")))).Errors.ShouldBeEmpty();
        var earlier = DropshipGiven.Order();
        await app.ReceivedAsync(stocked.Merchant.ShopId, earlier);

        var fromStock = DropshipGiven.Order(null, DropshipGiven.Line(stocked.SkuCode, quantity: 3));
        var toStall = DropshipGiven.Order(null, DropshipGiven.Line(DropshipGiven.Dress), DropshipGiven.Line("NOBODY-KNOWS"));
        var badPhone = DropshipGiven.Order() with { ReceiverPhone = "12345" };
        var noLines = DropshipGiven.Order() with { Lines = [] };
        var twiceHere = DropshipGiven.Order();
        var batch = new[] { fromStock, earlier, badPhone, toStall, twiceHere, noLines, twiceHere with { ReceiverName = "另一个人" } };

        var report = (await app.SendAsync(new ReceiveDropshipOrders(stocked.Merchant.ShopId, batch))).Value;

        report.Orders.Select(o => o.Outcome).ShouldBe([IntakeOutcome.Created, IntakeOutcome.Duplicate, IntakeOutcome.Rejected, IntakeOutcome.Created,
            IntakeOutcome.Created, IntakeOutcome.Rejected, IntakeOutcome.Duplicate]);
        report.Orders.Select(o => o.ExternalOrderId).ShouldBe(batch.Select(o => o.ExternalOrderId!));
        (report.Created, report.Duplicates, report.Rejected).ShouldBe((3, 2, 2));
        report.Orders[2].Errors.Single().Field.ShouldBe("ReceiverPhone");
        report.Orders[5].Errors.Single().ShouldBe(new IntakeError("Lines", "订单没有商品行"));
        report.Orders.Where(o => o.Outcome == IntakeOutcome.Created).Select(o => o.Number).Distinct().Count().ShouldBe(3);
        report.Orders.Where(o => o.Outcome != IntakeOutcome.Created).ShouldAllBe(o => o.Number == null);

        var stock = await app.OrderAsync(stocked.Merchant.ShopId, fromStock.ExternalOrderId!);
        (stock.Filtered, stock.Lines.Single().Status).ShouldBe((true, LineStatus.Reserved));
        (await app.AvailableAsync(stocked.SkuId)).ShouldBe(7);
        var stall = await app.OrderAsync(stocked.Merchant.ShopId, toStall.ExternalOrderId!);
        stall.Lines.OrderBy(l => l.LineNumber).Select(l => l.Status).ShouldBe([LineStatus.AwaitingPickup, LineStatus.NoStall]);
        (await app.TasksAsync(stall.Id)).Single().StyleNumber.ShouldBe("K-1");
        (await app.OrderAsync(stocked.Merchant.ShopId, twiceHere.ExternalOrderId!)).ReceiverName.ShouldBe("张三"); // the first one counts
        (await app.QueryAsync<DropshipDbContext, int>(db => db.Orders.CountAsync(o => o.ShopId == stocked.Merchant.ShopId))).ShouldBe(4);
    }

    [Fact]
    public async Task Two_batches_with_the_same_orders_at_once_receive_each_order_once_and_neither_fails()
    {
        var d = await app.DropshipMerchantAsync();
        for (var round = 0; round < 3; round++)
        {
            var shared = Enumerable.Range(0, 20).Select(_ => DropshipGiven.Order()).ToList();
            var first = shared.Append(DropshipGiven.Order()).ToList();
            var second = shared.AsEnumerable().Reverse().Prepend(DropshipGiven.Order()).ToList(); // the other way round

            var reports = await Task.WhenAll(
                Task.Run(() => app.SendAsync(new ReceiveDropshipOrders(d.Merchant.ShopId, first))),
                Task.Run(() => app.SendAsync(new ReceiveDropshipOrders(d.Merchant.ShopId, second))));

            reports.ShouldAllBe(r => r.IsSuccess);
            var outcomes = reports.SelectMany(r => r.Value.Orders).GroupBy(o => o.ExternalOrderId).ToList();
            foreach (var order in shared)
                outcomes.Single(g => g.Key == order.ExternalOrderId).Select(o => o.Outcome).ShouldBe([IntakeOutcome.Created, IntakeOutcome.Duplicate], ignoreOrder: true);
            reports.ShouldAllBe(r => r.Value.Orders.Count(o => o.Outcome == IntakeOutcome.Created) >= 1); // each one's own order at least
            var ids = first.Concat(second).Select(o => o.ExternalOrderId!).Distinct().ToList();
            (await app.QueryAsync<DropshipDbContext, int>(db => db.Orders.CountAsync(o => o.ShopId == d.Merchant.ShopId && ids.Contains(o.ExternalOrderId))))
                .ShouldBe(22);
            (await app.QueryAsync<DropshipDbContext, int>(db => db.Orders.CountAsync(o => ids.Contains(o.ExternalOrderId) && !o.Filtered))).ShouldBe(0);
        }
    }

    [Fact]
    public async Task Two_new_orders_of_one_batch_wanting_the_same_returned_item_get_it_once()
    {
        var d = await app.DropshipMerchantAsync();
        var picker = await app.PickerAsync(d.Merchant.ShopId, withPrinter: false);
        var shipped = await app.ShippedAsync(d, picker, d.Merchant.ShopId);
        var item = (await app.SendAsync(new InspectReturn(d.Merchant.ShopId, shipped.Id, shipped.Lines.Single().Id, "RTN-B", true, null, null))).Value;
        var one = DropshipGiven.Order();
        var two = DropshipGiven.Order();

        (await app.SendAsync(new ReceiveDropshipOrders(d.Merchant.ShopId, [one, two]))).Value.Created.ShouldBe(2);

        var lines = new[] { await app.OrderAsync(d.Merchant.ShopId, one.ExternalOrderId!), await app.OrderAsync(d.Merchant.ShopId, two.ExternalOrderId!) }
            .Select(o => o.Lines.Single()).ToList();
        lines.Count(l => l.ReturnCaseId == item.ReturnId && l.Status == LineStatus.Received).ShouldBe(1);
        lines.Single(l => l.ReturnCaseId is null).Status.ShouldBe(LineStatus.AwaitingPickup);
    }

    [Fact]
    public async Task Platform_orders_of_one_batch_are_held_while_the_wallet_lasts_and_the_rest_wait_for_funds()
    {
        const long hold = 4500 + 225 + 800;
        var d = await app.DropshipMerchantAsync(DropshipMode.Platform);
        (await app.WalletAsync(w => w.CreditAsync(d.Merchant.ShopId, 2 * hold + 100, WalletGiven.Doc("seed-" + Guid.NewGuid().ToString("N")), "起始资金", default)))
            .Errors.ShouldBeEmpty();
        var batch = Enumerable.Range(0, 3).Select(_ => DropshipGiven.Order()).ToList();

        (await app.SendAsync(new ReceiveDropshipOrders(d.Merchant.ShopId, batch))).Value.Created.ShouldBe(3);

        var orders = new List<DropshipOrder>();
        foreach (var o in batch) orders.Add(await app.OrderAsync(d.Merchant.ShopId, o.ExternalOrderId!));
        orders.Count(o => o.Status == DropshipOrderStatus.InProgress && o.HoldPlaced && o.Lines.Single().Status == LineStatus.AwaitingPickup).ShouldBe(2);
        var waiting = orders.Single(o => o.Status == DropshipOrderStatus.AwaitingFunds);
        (waiting.HoldPlaced, waiting.Lines.Single().Status, waiting.LastHoldAttemptUtc.HasValue).ShouldBe((false, LineStatus.New, true));
        (await app.TasksAsync(waiting.Id)).ShouldBeEmpty();
        (await app.BalanceAsync(d.Merchant.ShopId)).HeldFen.ShouldBe(2 * hold);
    }

    [Fact]
    public async Task Filtering_a_batch_reports_unknown_and_finished_orders_and_files_the_others()
    {
        var d = await app.DropshipMerchantAsync();
        var closed = await app.ReceivedAsync(d.Merchant.ShopId, DropshipGiven.Order());
        (await app.SendAsync(new Modules.Dropship.Features.Resolve.CloseDropshipOrder(d.Merchant.ShopId, closed.Id, "买家取消"))).Errors.ShouldBeEmpty();
        var fresh = (await app.SendAsync(new SaveIncomingOrders(d.Merchant.ShopId, [DropshipGiven.Order(), DropshipGiven.Order(null, DropshipGiven.Line(DropshipGiven.Coat))])))
            .Value.Select(o => o.Saved!.OrderId).ToList();
        var unknown = Guid.CreateVersion7();

        var report = (await app.SendAsync(new FilterDropshipOrders([.. fresh, closed.Id, unknown]))).Value;

        report.Failures.Keys.ShouldBe(new[] { unknown });
        report.Statuses[closed.Id].ShouldBe(DropshipOrderStatus.Closed);
        fresh.ShouldAllBe(id => report.Statuses[id] == DropshipOrderStatus.InProgress);
        foreach (var id in fresh) (await app.TasksAsync(id)).Single().Status.ShouldBe(PickupTaskStatus.Open);
        (await app.SendAsync(new FilterDropshipOrders(fresh))).Value.Failures.ShouldBeEmpty(); // again: nothing new
        foreach (var id in fresh) (await app.TasksAsync(id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_batch_above_the_limit_is_refused_whole()
    {
        var d = await app.DropshipMerchantAsync();
        var refused = await app.SendAsync(new ReceiveDropshipOrders(d.Merchant.ShopId, Enumerable.Range(0, 501).Select(_ => DropshipGiven.Order()).ToList()));
        refused.Errors.Single().Field.ShouldBe("Orders");
        (await app.QueryAsync<DropshipDbContext, int>(db => db.Orders.CountAsync(o => o.ShopId == d.Merchant.ShopId))).ShouldBe(0);
    }
}

public sealed class IntakeBatchSlicesOnSqlite(SqliteApp app) : IntakeBatchSlices(app), IClassFixture<SqliteApp>;

public sealed class IntakeBatchSlicesOnPostgreSql(PostgreSqlApp app) : IntakeBatchSlices(app), IClassFixture<PostgreSqlApp>;
