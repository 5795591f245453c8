using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Inventory.Features.Alerts;
using SharedWarehouse.Modules.Inventory.Features.Queries;
using SharedWarehouse.Modules.Notifications.Data;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Inventory;

public abstract class StockAlertSlices(AppFixture app)
{
    private async Task<List<string>> InboxAsync(Guid user)
    {
        await app.DispatchEventsAsync();
        return await app.QueryAsync<NotificationsDbContext, List<string>>(db =>
            db.Notifications.Where(n => n.UserId == user && n.Title == "库存预警").Select(n => n.Body).ToListAsync());
    }

    private async Task ScanAsync() => (await app.SendAsync(new ScanStockAlerts())).Errors.ShouldBeEmpty();

    private Task<List<StockAlert>> AlertsAsync(Guid shop) =>
        app.QueryAsync<InventoryDbContext, List<StockAlert>>(db => db.Alerts.Where(a => a.ShopId == shop).OrderBy(a => a.RaisedUtc).ToListAsync());

    private DateOnly Today => ChinaTime.Today(app.Clock);

    [Fact]
    public async Task Low_stock_is_told_once_cleared_when_replenished_and_told_again_when_it_drops_anew()
    {
        var s = await app.StockedMerchantAsync(100);
        var user = s.Merchant.OwnerId;
        (await app.SendAsync(new SetLowStockThreshold(user, s.SkuCode, 50))).Errors.ShouldBeEmpty();
        await ScanAsync();
        (await AlertsAsync(s.Merchant.ShopId)).ShouldBeEmpty();

        (await app.StockAsync(r => r.ReserveAsync(new ReserveStock(s.SkuId, 60, TimeSpan.FromHours(1), "SO-" + Guid.NewGuid().ToString("N")[..10], s.Merchant.ShopId), CancellationToken.None)))
            .Errors.ShouldBeEmpty();
        await ScanAsync();
        await ScanAsync();

        var raised = (await AlertsAsync(s.Merchant.ShopId)).ShouldHaveSingleItem();
        (raised.Kind, raised.Quantity, raised.Threshold, raised.ClearedUtc).ShouldBe((StockAlertKind.LowStock, 40L, (long?)50, (DateTime?)null));
        (await InboxAsync(user)).ShouldHaveSingleItem().ShouldBe("{0} 个SKU低于安全库存，{1} 个批次临近到期或已过期");
        (await app.SendAsync(new GetStockAlerts(user))).Thresholds.Single().IsLow.ShouldBeTrue();

        await app.ReceiveAsync(user, s.WarehouseId, InventoryGiven.Line(s.SkuCode, s.BinId, 20, "L2"));
        await ScanAsync();
        (await AlertsAsync(s.Merchant.ShopId)).Single().ClearedUtc.ShouldNotBeNull();
        (await app.SendAsync(new GetStockAlerts(user))).OpenAlerts.ShouldBeEmpty();

        (await app.SendAsync(new SetLowStockThreshold(user, s.SkuCode, 70))).Errors.ShouldBeEmpty();
        await ScanAsync();
        (await AlertsAsync(s.Merchant.ShopId)).Count(a => a.ClearedUtc == null).ShouldBe(1);
        (await InboxAsync(user)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_lot_within_the_merchant_s_near_expiry_days_is_alerted_and_the_alert_clears_when_the_lot_is_gone()
    {
        var merchant = await app.MerchantAsync();
        var (warehouse, bin) = await app.WarehouseAsync(merchant.OwnerId);
        var (_, code) = await app.SkuAsync(merchant);
        var receipt = await app.ReceiveAsync(merchant.OwnerId, warehouse,
            InventoryGiven.Line(code, bin, 10, "SOON", expires: Today.AddDays(20)), InventoryGiven.Line(code, bin, 10, "LATER", expires: Today.AddDays(45)));

        await ScanAsync();
        var first = (await AlertsAsync(merchant.ShopId)).ShouldHaveSingleItem();
        (first.Kind, first.ExpiryDate).ShouldBe((StockAlertKind.NearExpiry, Today.AddDays(20)));

        (await app.SendAsync(new SaveAlertSettings(merchant.OwnerId, 60))).Errors.ShouldBeEmpty();
        await ScanAsync();
        var view = await app.SendAsync(new GetStockAlerts(merchant.OwnerId));
        view.NearExpiryDays.ShouldBe(60);
        view.OpenAlerts.Select(a => a.Lot).ShouldBe(["LATER", "SOON"], ignoreOrder: true);
        (await InboxAsync(merchant.OwnerId)).Count.ShouldBe(2, "one digest per run that raised something");

        (await app.SendAsync(new Modules.Inventory.Features.Receipts.ReverseReceipt(merchant.OwnerId, receipt))).Errors.ShouldBeEmpty();
        await ScanAsync();
        (await AlertsAsync(merchant.ShopId)).ShouldAllBe(a => a.ClearedUtc != null);
    }

    [Fact]
    public async Task Bad_settings_and_thresholds_are_refused_by_field_and_merchant_B_cannot_remove_A_s_threshold()
    {
        var s = await app.StockedMerchantAsync(10);
        var user = s.Merchant.OwnerId;
        (await app.SendAsync(new SaveAlertSettings(user, 0))).Errors.Single().Field.ShouldBe("NearExpiryDays");
        (await app.SendAsync(new SaveAlertSettings(user, null))).Errors.Single().Field.ShouldBe("NearExpiryDays");
        (await app.SendAsync(new SetLowStockThreshold(user, "NO-SUCH", 5))).Errors.Single().Field.ShouldBe("SkuCode");
        (await app.SendAsync(new SetLowStockThreshold(user, s.SkuCode, 0))).Errors.Single().Field.ShouldBe("Threshold");
        (await app.SendAsync(new SetLowStockThreshold(user, s.SkuCode, 5))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new SetLowStockThreshold(user, s.SkuCode, 8))).Errors.ShouldBeEmpty();
        var threshold = (await app.SendAsync(new GetStockAlerts(user))).Thresholds.ShouldHaveSingleItem();
        (threshold.Threshold, threshold.Available).ShouldBe((8L, 10L));

        var b = await app.MerchantAsync();
        (await app.SendAsync(new SetLowStockThreshold(b.OwnerId, s.SkuCode, 5))).Errors.Single().Field.ShouldBe("SkuCode");
        (await app.SendAsync(new RemoveLowStockThreshold(b.OwnerId, threshold.Id))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new GetStockAlerts(b.OwnerId))).Thresholds.ShouldBeEmpty();
        (await app.SendAsync(new RemoveLowStockThreshold(user, threshold.Id))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new GetStockAlerts(user))).Thresholds.ShouldBeEmpty();
    }
}

public sealed class StockAlertsOnSqlite(SqliteApp app) : StockAlertSlices(app), IClassFixture<SqliteApp>;

public sealed class StockAlertsOnPostgreSql(PostgreSqlApp app) : StockAlertSlices(app), IClassFixture<PostgreSqlApp>;
