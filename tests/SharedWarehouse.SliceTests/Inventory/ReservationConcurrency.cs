using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Inventory;

/// Real parallel transactions need a real server: PostgreSQL only.
public sealed class ReservationConcurrencyOnPostgreSql(PostgreSqlApp app) : IClassFixture<PostgreSqlApp>
{
    [Fact]
    public async Task Thirty_two_parallel_reservers_on_one_SKU_never_oversell()
    {
        var merchant = await app.MerchantAsyncForInventory();
        var (warehouse, bin) = await app.WarehouseAsync(merchant.OwnerId);
        await app.AddBinAsync(merchant.OwnerId, warehouse, "A-01-02");
        var (sku, code) = await app.SkuAsync(merchant);
        var bin2 = await app.QueryAsync<InventoryDbContext, Guid>(db => db.Bins.Where(b => b.WarehouseId == warehouse && b.Code == "A-01-02").Select(b => b.Id).SingleAsync());
        await app.ReceiveAsync(merchant.OwnerId, warehouse, InventoryGiven.Line(code, bin, 60, "L1"), InventoryGiven.Line(code, bin2, 40, "L2"));

        var start = new TaskCompletionSource();
        var tasks = Enumerable.Range(0, 32).Select(i => Task.Run(async () =>
        {
            await start.Task;
            var ok = 0L;
            for (var n = 0; n < 3; n++)
            {
                var result = await app.StockAsync(r => r.ReserveAsync(new ReserveStock(sku, 2, TimeSpan.FromMinutes(5), $"T{i}-{n}", merchant.ShopId), default));
                if (result.IsSuccess) ok += 2;
                else result.Errors.ShouldAllBe(e => e.Code == "conflict");
            }
            return ok;
        })).ToList();
        start.SetResult();
        var reserved = (await Task.WhenAll(tasks)).Sum();

        reserved.ShouldBe(100); // 192 units asked of 100 on hand across two bins: all of it is reserved, not one unit more
        (await app.AvailableAsync(sku)).ShouldBe(0);
        (await app.QueryAsync<InventoryDbContext, bool>(db => db.Balances.AnyAsync(b => b.Reserved > b.OnHand || b.Reserved < 0))).ShouldBeFalse();
        await app.LedgerShouldBalanceAsync();
    }

    [Fact]
    public async Task More_demand_than_stock_ends_with_exactly_zero_available()
    {
        var merchant = await app.MerchantAsyncForInventory();
        var (warehouse, bin) = await app.WarehouseAsync(merchant.OwnerId);
        var (sku, code) = await app.SkuAsync(merchant);
        await app.ReceiveAsync(merchant.OwnerId, warehouse, InventoryGiven.Line(code, bin, 50));

        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(() =>
            app.StockAsync(r => r.ReserveAsync(new ReserveStock(sku, 3, TimeSpan.FromMinutes(5), $"O{i}", merchant.ShopId), default)))));

        results.Count(r => r.IsSuccess).ShouldBe(16);
        (await app.AvailableAsync(sku)).ShouldBe(2);
        await app.LedgerShouldBalanceAsync();
    }
}
