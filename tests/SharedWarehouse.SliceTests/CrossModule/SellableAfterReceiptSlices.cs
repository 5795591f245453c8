using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Catalog.Features.Storefront;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;

namespace SharedWarehouse.SliceTests.CrossModule;

/// Catalog and Inventory together: an approved, listed product is sellable on the storefront only once
/// stock is received, with the owner's available quantity (on-hand − reserved).
public abstract class SellableAfterReceiptSlices(AppFixture app)
{
    [Fact]
    public async Task An_approved_listed_product_becomes_sellable_with_the_received_quantity_less_reservations()
    {
        var merchant = await app.MerchantAsync();
        var reviewer = await app.ReviewerAsync();
        var productId = await app.ApprovedProductAsync(merchant.OwnerId, reviewer);
        (await app.SendAsync(new ListProduct(merchant.OwnerId, productId))).Errors.ShouldBeEmpty();

        var before = await app.SendAsync(new GetStorefrontProduct(productId));
        before.ShouldNotBeNull();
        before.Sellable.ShouldBeFalse();

        var (warehouse, bin) = await app.WarehouseAsync(merchant.OwnerId);
        var sku = before.Skus.Single();
        await app.ReceiveAsync(merchant.OwnerId, warehouse, InventoryGiven.Line(sku.Code, bin, quantity: 24));
        var reserved = await app.StockAsync(r => r.ReserveAsync(
            new ReserveStock(sku.Id, 5, TimeSpan.FromMinutes(30), "order-" + Guid.NewGuid().ToString("N"), merchant.ShopId), CancellationToken.None));
        reserved.Errors.ShouldBeEmpty();

        var after = await app.SendAsync(new GetStorefrontProduct(productId));
        after!.Sellable.ShouldBeTrue();
        after.Skus.Single().Available.ShouldBe(19);
        await app.LedgerShouldBalanceAsync();
    }
}

public sealed class SellableAfterReceiptOnSqlite(SqliteApp app) : SellableAfterReceiptSlices(app), IClassFixture<SqliteApp>;

public sealed class SellableAfterReceiptOnPostgreSql(PostgreSqlApp app) : SellableAfterReceiptSlices(app), IClassFixture<PostgreSqlApp>;
