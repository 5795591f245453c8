using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.Modules.Dropship.Features.Picking;
using SharedWarehouse.Modules.Dropship.Features.Queries;
using SharedWarehouse.Modules.Dropship.Features.Resolve;
using SharedWarehouse.Modules.Dropship.Features.Warehouse;
using SharedWarehouse.Modules.Printing.Features;
using SharedWarehouse.Modules.Wallet.Features;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;
using SharedWarehouse.SliceTests.Markets;
using SharedWarehouse.SliceTests.Wallet;

namespace SharedWarehouse.SliceTests.Dropship;

public abstract class ShippingAndFundsSlices(AppFixture app)
{
    /// Declared 45.00 + 5 % commission + 8.00 shipping.
    private const long HoldOfOneDress = 4500 + 225 + 800;

    [Fact]
    public async Task An_order_from_shelf_and_stall_ships_once_with_a_courier_waybill_and_the_stock_leaves_the_warehouse()
    {
        var stocked = await app.StockedMerchantAsync(quantity: 5);
        var market = await app.MarketAsync();
        (await app.SendAsync(MarketsGiven.Code(stocked.Merchant.OwnerId, DropshipGiven.Dress, MarketsGiven.Option(market.A01)))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new Modules.Dropship.Features.Settings.SaveDropshipSettings(stocked.Merchant.ShopId, DropshipMode.OwnTeam, null, "李老板",
            "13800138000", MarketsGiven.District, "白马服装城 5 楼"))).Errors.ShouldBeEmpty();
        var picker = await app.PickerAsync(stocked.Merchant.ShopId);
        var station = "发货台" + Guid.NewGuid().ToString("N")[..4];
        (await app.SendAsync(new SavePrinter(null, "面单机" + station, "127.0.0.1", 9, "EscPos", 80, null, station))).Errors.ShouldBeEmpty();
        var order = await app.ReceivedAsync(stocked.Merchant.ShopId, DropshipGiven.Order(null, DropshipGiven.Line(stocked.SkuCode, quantity: 2), DropshipGiven.Line(DropshipGiven.Dress)));
        var scope = stocked.Merchant.ShopId;

        (await app.SendAsync(new ScanOut(scope, order.Number, station))).Errors.Single().Field.ShouldBe("Code"); // the dress is not in yet
        var task = (await app.TasksAsync(order.Id)).Single();
        (await app.SendAsync(new ConfirmPickup(picker.UserId, task.Id, 4300))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ScanIn(scope, task.LabelId))).Value.ReadyToShip.ShouldBeTrue();
        (await app.SendAsync(new ScanOut(Guid.Empty, task.LabelId, station))).Errors.Single().Field.ShouldBe("Code"); // not the platform's

        var shipped = await app.SendAsync(new ScanOut(scope, task.LabelId, station));
        shipped.Errors.ShouldBeEmpty();
        shipped.Value.TrackingNumber.ShouldNotBeNullOrEmpty();
        shipped.Value.PrintJobId.ShouldNotBeNull();
        var again = await app.SendAsync(new ScanOut(scope, order.Number.ToLowerInvariant(), station)); // the clerk scans it twice
        again.Errors.Single().Message.ShouldBe("订单 {0} 已发货于 {1}（{2} {3}）"); // said, not shipped again
        again.Errors.Single().Args[3].ShouldBe(shipped.Value.TrackingNumber);

        var after = await app.OrderAsync(order.Id);
        (after.Status, after.TrackingNumber, after.Slot).ShouldBe((DropshipOrderStatus.Shipped, shipped.Value.TrackingNumber, (int?)null));
        after.Lines.ShouldAllBe(l => l.Status == LineStatus.Shipped);
        await app.DispatchEventsAsync();
        (await app.AvailableAsync(stocked.SkuId)).ShouldBe(3);
        await app.LedgerShouldBalanceAsync();
        var export = await app.SendAsync(new ExportShippedOrders(scope, DateTime.UtcNow.AddYears(-5), DateTime.UtcNow.AddYears(5)));
        export.Single().TrackingNumber.ShouldBe(shipped.Value.TrackingNumber);
    }

    [Fact]
    public async Task Platform_dropship_holds_goods_commission_and_shipping_and_settles_the_real_cost_at_shipment()
    {
        var d = await app.DropshipMerchantAsync(DropshipMode.Platform);
        (await app.WalletAsync(w => w.CreditAsync(d.Merchant.ShopId, 10_000, WalletGiven.Doc("seed-" + Guid.NewGuid().ToString("N")), "起始资金", default))).Errors.ShouldBeEmpty();
        var picker = await app.PickerAsync(null);
        var order = await app.ReceivedAsync(d.Merchant.ShopId, DropshipGiven.Order());

        (order.Status, order.HoldFen, order.Mode).ShouldBe((DropshipOrderStatus.InProgress, HoldOfOneDress, DropshipMode.Platform));
        (await app.BalanceAsync(d.Merchant.ShopId)).HeldFen.ShouldBe(HoldOfOneDress);
        var task = (await app.TasksAsync(order.Id)).Single();
        task.TeamShopId.ShouldBeNull();
        (await app.SendAsync(new ConfirmPickup(picker.UserId, task.Id, 4700))).Value.Outcome.ShouldBe(PickOutcome.Picked); // within 5 %
        (await app.SendAsync(new ScanIn(d.Merchant.ShopId, task.LabelId))).Errors.Single().Field.ShouldBe("Code"); // the platform's warehouse
        (await app.SendAsync(new ScanIn(Guid.Empty, task.LabelId))).Value.ReadyToShip.ShouldBeTrue();
        (await app.SendAsync(new ScanOut(Guid.Empty, task.LabelId, null))).Errors.ShouldBeEmpty();

        var settled = 4700 + 235 + 800;
        (await app.OrderAsync(order.Id)).SettledFen.ShouldBe(settled);
        var balance = await app.BalanceAsync(d.Merchant.ShopId);
        (balance.BalanceFen, balance.HeldFen).ShouldBe((10_000L - settled, 0L));
        await app.SendAsync(new SweepDropship(TimeSpan.Zero)); // nothing left to settle: no second debit
        (await app.BalanceAsync(d.Merchant.ShopId)).BalanceFen.ShouldBe(10_000L - settled);
        await app.LedgerShouldBalanceAsync(d.Merchant.ShopId);
    }

    [Fact]
    public async Task A_stall_price_beyond_the_tolerance_sends_the_order_back_and_the_corrected_price_replaces_the_hold()
    {
        var d = await app.DropshipMerchantAsync(DropshipMode.Platform);
        (await app.WalletAsync(w => w.CreditAsync(d.Merchant.ShopId, 10_000, WalletGiven.Doc("seed-" + Guid.NewGuid().ToString("N")), "起始资金", default))).Errors.ShouldBeEmpty();
        var picker = await app.PickerAsync(null);
        var order = await app.ReceivedAsync(d.Merchant.ShopId, DropshipGiven.Order());
        var task = (await app.TasksAsync(order.Id)).Single();

        (await app.SendAsync(new ConfirmPickup(picker.UserId, task.Id, 5000))).Value.Outcome.ShouldBe(PickOutcome.PriceRefused);
        (await app.PrintJobsAsync($"pick:{task.Id:N}")).ShouldBe(0);
        var line = (await app.OrderAsync(order.Id)).Lines.Single();
        (line.Status, line.QuotedUnitFen).ShouldBe((LineStatus.PriceAboveDeclared, 5000L));

        (await app.SendAsync(new ResolveDropshipLine(d.Merchant.ShopId, order.Id, line.Id, Resolution.CorrectPrice, null, null, 4800))).Errors.Single().Field.ShouldBe("DeclaredPrice");
        (await app.SendAsync(new ResolveDropshipLine(d.Merchant.ShopId, order.Id, line.Id, Resolution.CorrectPrice, null, null, 5000))).Errors.ShouldBeEmpty();

        var after = await app.OrderAsync(order.Id);
        (after.HoldFen, after.HoldVersion, after.Status).ShouldBe((5000L + 250 + 800, 1, DropshipOrderStatus.InProgress));
        (await app.BalanceAsync(d.Merchant.ShopId)).HeldFen.ShouldBe(5000 + 250 + 800); // the first hold was released
        var reissued = (await app.TasksAsync(order.Id)).Last();
        (reissued.Status, reissued.DeclaredUnitFen).ShouldBe((PickupTaskStatus.Open, 5000L));
        (await app.SendAsync(new ConfirmPickup(picker.UserId, reissued.Id, 5000))).Value.Outcome.ShouldBe(PickOutcome.Picked);
        await app.LedgerShouldBalanceAsync(d.Merchant.ShopId);
    }

    [Fact]
    public async Task An_order_waits_for_funds_and_goes_on_once_the_wallet_is_recharged_and_closing_releases_the_hold()
    {
        var d = await app.DropshipMerchantAsync(DropshipMode.Platform);
        var order = await app.ReceivedAsync(d.Merchant.ShopId, DropshipGiven.Order());
        (order.Status, order.HoldPlaced).ShouldBe((DropshipOrderStatus.AwaitingFunds, false));
        (await app.TasksAsync(order.Id)).ShouldBeEmpty();
        (await app.AwaitingAsync(d.Merchant.ShopId)).Count.ShouldBe(1);

        var (_, payment) = await app.RechargeStartedAsync(d.Merchant, "100.00");
        await app.PaySimulatedAsync(payment); // WalletFunded → the order is marked for a retry
        (await app.OrderAsync(order.Id)).RetryHold.ShouldBeTrue();
        (await app.SendAsync(new SweepDropship(TimeSpan.Zero))).Value.Filtered.ShouldBe(1);

        var funded = await app.OrderAsync(order.Id);
        (funded.Status, funded.HoldPlaced).ShouldBe((DropshipOrderStatus.InProgress, true));
        (await app.TasksAsync(order.Id)).Single().Status.ShouldBe(PickupTaskStatus.Open);
        (await app.BalanceAsync(d.Merchant.ShopId)).HeldFen.ShouldBe(HoldOfOneDress);

        (await app.SendAsync(new CloseDropshipOrder(d.Merchant.ShopId, order.Id, "网店买家退款"))).Errors.ShouldBeEmpty();
        var balance = await app.BalanceAsync(d.Merchant.ShopId);
        (balance.BalanceFen, balance.HeldFen).ShouldBe((10_000L, 0L));
        await app.LedgerShouldBalanceAsync(d.Merchant.ShopId);
    }
}

public sealed class ShippingAndFundsSlicesOnSqlite(SqliteApp app) : ShippingAndFundsSlices(app), IClassFixture<SqliteApp>;

public sealed class ShippingAndFundsSlicesOnPostgreSql(PostgreSqlApp app) : ShippingAndFundsSlices(app), IClassFixture<PostgreSqlApp>;
