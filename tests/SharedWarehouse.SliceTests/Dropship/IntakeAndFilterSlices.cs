using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.Modules.Dropship.Features.Intake;
using SharedWarehouse.Modules.Dropship.Features.Resolve;
using SharedWarehouse.Modules.Dropship.Features.Settings;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Inventory;
using SharedWarehouse.SliceTests.Markets;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Dropship;

public abstract class IntakeAndFilterSlices(AppFixture app)
{
    [Fact]
    public async Task A_repeated_external_order_id_is_ignored_and_a_bad_order_is_rejected_without_blocking_the_rest()
    {
        var d = await app.DropshipMerchantAsync();
        var first = DropshipGiven.Order();
        var bad = DropshipGiven.Order() with { ReceiverPhone = "123", Lines = [DropshipGiven.Line("", quantity: 0)] };
        var report = (await app.SendAsync(new ReceiveDropshipOrders(d.Merchant.ShopId, [first, bad, first]))).Value;

        report.Orders.Select(o => o.Outcome).ShouldBe([IntakeOutcome.Created, IntakeOutcome.Rejected, IntakeOutcome.Duplicate]);
        report.Orders[1].Errors.Select(e => e.Field).ShouldBe(["ReceiverPhone", "Lines[0].SkuCode", "Lines[0].Quantity"], ignoreOrder: true);
        var again = (await app.SendAsync(new ReceiveDropshipOrders(d.Merchant.ShopId, [first]))).Value;
        again.Duplicates.ShouldBe(1);
        (await app.QueryAsync<DropshipDbContext, int>(db => db.Orders.CountAsync(o => o.ShopId == d.Merchant.ShopId))).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_external_order_id_is_a_different_order_for_another_shop()
    {
        var a = await app.DropshipMerchantAsync();
        var b = await app.DropshipMerchantAsync();
        var order = DropshipGiven.Order();
        await app.ReceivedAsync(a.Merchant.ShopId, order);
        await app.ReceivedAsync(b.Merchant.ShopId, order);
    }

    [Fact]
    public async Task The_filter_ships_warehouse_stock_sends_the_rest_to_the_primary_stall_and_leaves_unknown_codes_to_the_merchant()
    {
        var stocked = await app.StockedMerchantAsync(quantity: 5);
        var market = await app.MarketAsync();
        (await app.SendAsync(Markets.MarketsGiven.Code(stocked.Merchant.OwnerId, DropshipGiven.Dress, Markets.MarketsGiven.Option(market.A01, "K-1"),
            Markets.MarketsGiven.Option(market.A02)))).Errors.ShouldBeEmpty();
        var incoming = DropshipGiven.Order(null, DropshipGiven.Line(stocked.SkuCode, quantity: 2), DropshipGiven.Line(DropshipGiven.Dress),
            DropshipGiven.Line("NO-SUCH-CODE"));

        var order = await app.ReceivedAsync(stocked.Merchant.ShopId, incoming);

        order.Status.ShouldBe(DropshipOrderStatus.InProgress);
        order.Filtered.ShouldBeTrue();
        var lines = order.Lines.OrderBy(l => l.LineNumber).ToList();
        lines[0].Status.ShouldBe(LineStatus.Reserved);
        (await app.AvailableAsync(stocked.SkuId)).ShouldBe(3);
        lines[1].Status.ShouldBe(LineStatus.AwaitingPickup);
        lines[2].Status.ShouldBe(LineStatus.NoStall);
        var task = (await app.TasksAsync(order.Id)).Single();
        (task.StallId, task.StyleNumber, task.Status, task.TeamShopId, task.LabelId).ShouldBe((market.A01, "K-1", PickupTaskStatus.Open, stocked.Merchant.ShopId, lines[1].LabelId));
        task.LabelId.ShouldMatch("^DS[0-9A-Z]{10}$");

        // Filtering again (a retry, the sweep) changes nothing.
        await app.SendAsync(new FilterDropshipOrder(order.Id));
        (await app.TasksAsync(order.Id)).Count.ShouldBe(1);
        (await app.AvailableAsync(stocked.SkuId)).ShouldBe(3);
    }

    [Fact]
    public async Task Closing_an_order_cancels_its_tasks_and_gives_the_warehouse_stock_back()
    {
        var stocked = await app.StockedMerchantAsync(quantity: 5);
        var market = await app.MarketAsync();
        (await app.SendAsync(Markets.MarketsGiven.Code(stocked.Merchant.OwnerId, DropshipGiven.Dress, Markets.MarketsGiven.Option(market.A01)))).Errors.ShouldBeEmpty();
        var order = await app.ReceivedAsync(stocked.Merchant.ShopId, DropshipGiven.Order(null, DropshipGiven.Line(stocked.SkuCode, quantity: 2), DropshipGiven.Line(DropshipGiven.Dress)));

        (await app.SendAsync(new CloseDropshipOrder(stocked.Merchant.ShopId, order.Id, ""))).Errors.Single().Field.ShouldBe("Reason");
        var other = await app.MerchantAsync();
        (await app.SendAsync(new CloseDropshipOrder(other.ShopId, order.Id, "买家取消"))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new CloseDropshipOrder(stocked.Merchant.ShopId, order.Id, "买家取消"))).Errors.ShouldBeEmpty();

        (await app.OrderAsync(order.Id)).Status.ShouldBe(DropshipOrderStatus.Closed);
        (await app.TasksAsync(order.Id)).Single().Status.ShouldBe(PickupTaskStatus.Cancelled);
        (await app.AvailableAsync(stocked.SkuId)).ShouldBe(5);
        (await app.SendAsync(new CloseDropshipOrder(stocked.Merchant.ShopId, order.Id, "再次关闭"))).Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_api_key_authenticates_its_shop_until_it_is_replaced()
    {
        var d = await app.DropshipMerchantAsync();
        var key = (await app.SendAsync(new IssueDropshipApiKey(d.Merchant.ShopId))).Value;
        (await app.SendAsync(new AuthenticateDropshipKey(key))).ShouldBe(d.Merchant.ShopId);
        (await app.SendAsync(new AuthenticateDropshipKey(key[..^1] + (key[^1] == 'a' ? 'b' : 'a')))).ShouldBeNull();
        var replaced = (await app.SendAsync(new IssueDropshipApiKey(d.Merchant.ShopId))).Value;
        (await app.SendAsync(new AuthenticateDropshipKey(key))).ShouldBeNull();
        (await app.SendAsync(new AuthenticateDropshipKey(replaced))).ShouldBe(d.Merchant.ShopId);
        (await app.SendAsync(new AuthenticateDropshipKey("garbage"))).ShouldBeNull();
    }
}

public sealed class IntakeAndFilterSlicesOnSqlite(SqliteApp app) : IntakeAndFilterSlices(app), IClassFixture<SqliteApp>;

public sealed class IntakeAndFilterSlicesOnPostgreSql(PostgreSqlApp app) : IntakeAndFilterSlices(app), IClassFixture<PostgreSqlApp>;
