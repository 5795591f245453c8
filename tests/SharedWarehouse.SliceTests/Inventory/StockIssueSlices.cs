using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Inventory;

/// IStockIssues: a merchant takes goods out of its own stock for its own use (repair parts), FEFO, with Repair
/// movements in the ledger, once per reference.
public abstract class StockIssueSlices(AppFixture app)
{
    private Task<SharedWarehouse.SharedKernel.Result> IssueAsync(Guid shop, Guid sku, long quantity, string reference) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IStockIssues>().IssueAsync(new IssueStock(shop, sku, quantity, reference, null), CancellationToken.None));

    private Task<List<StockMovement>> MovementsAsync(string reference) =>
        app.QueryAsync<InventoryDbContext, List<StockMovement>>(db => db.Movements.AsNoTracking().Where(m => m.Reference == reference).ToListAsync());

    private Task<Dictionary<string, long>> OnHandByLotAsync(Guid sku) =>
        app.QueryAsync<InventoryDbContext, Dictionary<string, long>>(db => db.Balances.AsNoTracking().Where(b => b.SkuId == sku).OrderBy(b => b.Lot)
            .ToDictionaryAsync(b => b.Lot, b => b.OnHand)); // ordered: Shouldly compares dictionaries in enumeration order

    private static string Reference() => "RP-TEST-" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task An_issue_takes_the_earliest_expiring_lots_first_with_repair_movements_and_only_unreserved_stock()
    {
        var merchant = await app.MerchantAsync();
        var (warehouse, bin) = await app.WarehouseAsync(merchant.OwnerId);
        var (sku, code) = await app.SkuAsync(merchant);
        await app.ReceiveAsync(merchant.OwnerId, warehouse, InventoryGiven.Line(code, bin, 3, "LATE", expires: new DateOnly(2030, 1, 1)),
            InventoryGiven.Line(code, bin, 2, "EARLY", expires: new DateOnly(2028, 1, 1)));
        (await app.StockAsync(s => s.ReserveAsync(new ReserveStock(sku, 1, TimeSpan.FromHours(1), "HOLD-" + Guid.NewGuid().ToString("N")[..8], merchant.ShopId), default)))
            .Errors.ShouldBeEmpty(); // one unit (of EARLY, first in FEFO) is held for an order

        var tooMuch = Reference();
        var refused = await IssueAsync(merchant.ShopId, sku, 5, tooMuch); // 4 are free
        (refused.Errors.Single().Field, refused.Errors.Single().Message).ShouldBe(("Quantity", "库存不足：可用 {0}"));
        (await MovementsAsync(tooMuch)).ShouldBeEmpty();
        (await OnHandByLotAsync(sku)).ShouldBe(new Dictionary<string, long> { ["EARLY"] = 2, ["LATE"] = 3 });

        var reference = Reference();
        (await IssueAsync(merchant.ShopId, sku, 3, reference)).Errors.ShouldBeEmpty();
        var movements = await MovementsAsync(reference);
        movements.ShouldAllBe(m => m.Type == MovementType.Repair && m.OwnerShopId == merchant.ShopId && m.DocumentId != null);
        movements.Sum(m => m.Quantity).ShouldBe(-3);
        (await OnHandByLotAsync(sku)).ShouldBe(new Dictionary<string, long> { ["EARLY"] = 1, ["LATE"] = 1 }); // EARLY's free unit, then LATE
        (await app.AvailableAsync(sku)).ShouldBe(1);
        await app.LedgerShouldBalanceAsync();
    }

    [Fact]
    public async Task The_same_issue_asked_again_or_many_times_at_once_takes_the_stock_once_and_a_reused_reference_is_refused()
    {
        var s = await app.StockedMerchantAsync(quantity: 10);
        var reference = Reference();
        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => IssueAsync(s.Merchant.ShopId, s.SkuId, 4, reference))));
        results.Count(r => r.IsSuccess).ShouldBeGreaterThanOrEqualTo(1);
        (await IssueAsync(s.Merchant.ShopId, s.SkuId, 4, reference)).Errors.ShouldBeEmpty(); // a retry: the same answer, nothing more
        (await IssueAsync(s.Merchant.ShopId, s.SkuId, 1, reference)).Errors.Single().Message.ShouldBe("该出库单号已用于其他出库");

        (await MovementsAsync(reference)).Sum(m => m.Quantity).ShouldBe(-4);
        (await app.QueryAsync<InventoryDbContext, int>(db => db.Issues.CountAsync(i => i.Reference == reference))).ShouldBe(1);
        (await app.AvailableAsync(s.SkuId)).ShouldBe(6);
        await app.LedgerShouldBalanceAsync();
    }

    [Fact]
    public async Task Another_shop_s_stock_is_never_issued()
    {
        var owner = await app.StockedMerchantAsync(quantity: 10);
        var other = await app.MerchantAsync();
        var refused = await IssueAsync(other.ShopId, owner.SkuId, 1, Reference());
        refused.Errors.Single().Field.ShouldBe("Quantity");
        (await app.AvailableAsync(owner.SkuId)).ShouldBe(10);
    }
}

public sealed class StockIssueSlicesOnSqlite(SqliteApp app) : StockIssueSlices(app), IClassFixture<SqliteApp>;

public sealed class StockIssueSlicesOnPostgreSql(PostgreSqlApp app) : StockIssueSlices(app), IClassFixture<PostgreSqlApp>;
