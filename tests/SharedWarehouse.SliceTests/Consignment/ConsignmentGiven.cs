using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Catalog.Features.Consignment;
using SharedWarehouse.Modules.Catalog.Features.Storefront;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Inventory.Features.Sharing;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Payments.Gateways.Simulator;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Ordering;
using SharedWarehouse.SliceTests.Payments;

namespace SharedWarehouse.SliceTests.Consignment;

public sealed record Supplier(Selling Selling, Guid GrantId)
{
    public Merchant Merchant => Selling.Merchant;
    public Guid ProductId => Selling.ProductId;
    public Guid SkuId => Selling.SkuId;
}

public sealed record Listing(Merchant Reseller, Guid ProductId, Guid SkuId);

/// Consignment set-ups through the real commands: a supplier with stock, terms and a grant; a reseller's listing; a paid order.
public static class ConsignmentGiven
{
    public const string Prices = "1:1:80.00;2:1:75.00;1:5:70.00";

    /// A supplier selling one SKU at ¥128 with stock, open for consignment (floor ¥100, the prices above), its stock of the
    /// SKU shared with one reseller shop (or the whole platform).
    public static async Task<Supplier> SupplierAsync(this AppFixture app, Guid? sharedWith, long stock = 10, string floor = "100.00", string prices = Prices)
    {
        var selling = await app.SellingAsync(stock: stock);
        (await app.SendAsync(new SetConsignmentTerms(selling.Merchant.OwnerId, selling.ProductId, true,
            [new SkuTermsInput(selling.SkuId, floor, prices)]))).Errors.ShouldBeEmpty();
        var grant = await app.SendAsync(new ShareStock(selling.Merchant.OwnerId, GrantScope.Sku, selling.SkuId, sharedWith));
        grant.Errors.ShouldBeEmpty();
        return new Supplier(selling, grant.Value);
    }

    public static async Task<Listing> ListingAsync(this AppFixture app, Merchant reseller, Supplier supplier, string retail = "150.00")
    {
        var listed = await app.SendAsync(new ConsignProduct(reseller.OwnerId, supplier.ProductId, new Dictionary<Guid, string?> { [supplier.SkuId] = retail }));
        listed.Errors.ShouldBeEmpty();
        var page = await app.SendAsync(new GetStorefrontProduct(listed.Value));
        return new Listing(reseller, listed.Value, page!.Skus.Single().Id);
    }

    /// A buyer orders the listing and pays through the simulator; answers the buyer and the order.
    public static async Task<(Guid Buyer, Guid OrderId)> PaidOrderAsync(this AppFixture app, Listing listing, int quantity, bool duplicateNotifications = false,
        Guid? alsoSku = null)
    {
        var (buyer, address) = await app.ShopperAsync();
        await app.InCartAsync(buyer, listing.SkuId, quantity);
        if (alsoSku is { } other) await app.InCartAsync(buyer, other, 1);
        var placed = await app.SendAsync(OrderingGiven.Checkout(buyer, address));
        placed.Errors.ShouldBeEmpty();
        var payment = await app.StartedPaymentAsync(placed.Value.TotalFen, placed.Value.OrderId);
        var (duplicates, reorders) = (app.Simulator().DuplicateRate, app.Simulator().ReorderRate);
        if (duplicateNotifications) (app.Simulator().DuplicateRate, app.Simulator().ReorderRate) = (1, 1);
        try
        {
            (await app.SendAsync(new CompleteSimulatedCharge(payment.ChargeId, SimulatedOutcome.Success))).Errors.ShouldBeEmpty();
            await app.DeliverNotificationsAsync();
            if (duplicateNotifications) await app.DeliverNotificationsAsync();
        }
        finally { (app.Simulator().DuplicateRate, app.Simulator().ReorderRate) = (duplicates, reorders); }
        await app.DeliverAllAsync();
        return (buyer, placed.Value.OrderId);
    }

    public static async Task DeliverAllAsync(this AppFixture app)
    {
        for (var i = 0; i < 4; i++) await app.DispatchEventsAsync();
    }

    public static Task<List<Order>> PurchasesAsync(this AppFixture app, Guid supplierShopId) =>
        app.QueryAsync<OrderingDbContext, List<Order>>(db => db.Orders.AsNoTracking().Include(o => o.SubOrders).ThenInclude(s => s.Lines)
            .Include(o => o.Shipments).Where(o => o.Source == OrderSource.ConsignmentPurchase && o.SubOrders.Any(s => s.ShopId == supplierShopId)).ToListAsync());

    public static Task<Order> OrderAsync(this AppFixture app, Guid orderId) =>
        app.QueryAsync<OrderingDbContext, Order>(db => db.Orders.AsNoTracking().Include(o => o.SubOrders).ThenInclude(s => s.Lines)
            .Include(o => o.Shipments).SingleAsync(o => o.Id == orderId));
}
