using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Features.Ledger;
using SharedWarehouse.Modules.Inventory.Features.Receipts;
using SharedWarehouse.Modules.Inventory.Features.Warehouses;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Inventory;

public sealed record Stocked(Merchant Merchant, Guid WarehouseId, Guid BinId, Guid SkuId, string SkuCode);

/// Builders for inventory tests, made through the real commands.
public static class InventoryGiven
{
    public static async Task<(Guid Warehouse, Guid Bin)> WarehouseAsync(this AppFixture app, Guid? merchantUserId, string bin = "A-01-01")
    {
        var warehouse = await app.SendAsync(new OpenWarehouse(merchantUserId, "杭州仓" + Guid.NewGuid().ToString("N")[..4], "330106", "文三路 1 号", 30.27m, 120.15m));
        warehouse.Errors.ShouldBeEmpty();
        var added = await app.SendAsync(new AddBin(merchantUserId, warehouse.Value, "A", bin));
        added.Errors.ShouldBeEmpty();
        return (warehouse.Value, added.Value);
    }

    /// A merchant's SKU (liquor, shelf life 3650 days from the catalog's attribute).
    public static async Task<(Guid SkuId, string Code)> SkuAsync(this AppFixture app, Merchant merchant)
    {
        var code = CatalogGiven.NewCode();
        (await app.SendAsync(await app.ProductAsync(merchant.OwnerId, skus: CatalogGiven.Sku(code)))).Errors.ShouldBeEmpty();
        var sku = await app.WithScopeAsync(sp => sp.GetRequiredService<ICatalogSkuDirectory>().FindByCodeAsync(merchant.ShopId, code, CancellationToken.None));
        return (sku!.SkuId, code);
    }

    public static ReceiptLineInput Line(string code, Guid bin, long quantity = 100, string lot = "L1", DateOnly? produced = null, DateOnly? expires = null, long costFen = 5000) =>
        new(code, quantity, lot, produced, expires, costFen, bin);

    public static async Task<Guid> ReceiveAsync(this AppFixture app, Guid userId, Guid warehouse, params ReceiptLineInput[] lines)
    {
        var receipt = await app.SendAsync(new CreateReceipt(userId, warehouse, "茅台经销商", lines));
        receipt.Errors.ShouldBeEmpty();
        (await app.SendAsync(new PostReceipt(userId, receipt.Value))).Errors.ShouldBeEmpty();
        return receipt.Value;
    }

    /// A merchant with its own warehouse and 100 units of one SKU received.
    public static async Task<Stocked> StockedMerchantAsync(this AppFixture app, long quantity = 100)
    {
        var merchant = await app.MerchantAsync();
        var (warehouse, bin) = await app.WarehouseAsync(merchant.OwnerId);
        var (sku, code) = await app.SkuAsync(merchant);
        await app.ReceiveAsync(merchant.OwnerId, warehouse, Line(code, bin, quantity));
        return new Stocked(merchant, warehouse, bin, sku, code);
    }

    public static Task<long> AvailableAsync(this AppFixture app, Guid sku) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<IStockAvailability>().AvailableAsync([sku], CancellationToken.None))[sku]);

    public static Task<T> StockAsync<T>(this AppFixture app, Func<IStockReservations, Task<T>> work) =>
        app.WithScopeAsync(sp => work(sp.GetRequiredService<IStockReservations>()));

    public static async Task LedgerShouldBalanceAsync(this AppFixture app) => (await app.SendAsync(new CheckLedger())).ShouldBeEmpty();
}

public static class InventoryGivenMore
{
    public static Task<Merchant> MerchantAsyncForInventory(this AppFixture app) => app.MerchantAsync();

    public static async Task<Guid> AddBinAsync(this AppFixture app, Guid? merchantUserId, Guid warehouse, string code)
    {
        var added = await app.SendAsync(new AddBin(merchantUserId, warehouse, "A", code));
        added.Errors.ShouldBeEmpty();
        return added.Value;
    }
}
