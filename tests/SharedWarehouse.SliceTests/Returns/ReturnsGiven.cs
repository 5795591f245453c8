using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Catalog.Features.Storefront;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Desk;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.Modules.Ordering.Features.Shipping;
using SharedWarehouse.Modules.Payments.Gateways.Simulator;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Domain;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Consignment;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;
using SharedWarehouse.SliceTests.Ordering;
using SharedWarehouse.SliceTests.Payments;
using SharedWarehouse.Modules.Catalog.Features.SaveProduct;

namespace SharedWarehouse.SliceTests.Returns;

/// A received order of two lines from one merchant (2 × A at 128.00, 1 × B at 66.00, paid online or cash on delivery),
/// built through the real commands of every module involved.
public sealed record Received(Merchant Merchant, Guid Buyer, Guid OrderId, Guid SubOrderId, Guid LineA, Guid LineB, Guid SkuA, Guid SkuB, long TotalFen);

public static class ReturnsGiven
{
    /// categoryId: the product's category (default 酒水).
    public static async Task<Received> ReceivedOrderAsync(this AppFixture app, PayBy payBy = PayBy.Online, bool confirm = true, Guid? categoryId = null)
    {
        var merchant = await app.MerchantAsync();
        var (codeA, codeB) = (CatalogGiven.NewCode(), CatalogGiven.NewCode());
        var product = await app.ProductAsync(merchant.OwnerId, skus:
            [CatalogGiven.Sku(codeA, "128.00"), new SkuRow(null, codeB, null, "1L", "66.00", "1500", null)]);
        var saved = await app.SendAsync(categoryId is { } category ? product with { CategoryId = category } : product);
        saved.Errors.ShouldBeEmpty();
        (await app.SendAsync(new Modules.Catalog.Features.ProductImages.AddProductImages(merchant.OwnerId, saved.Value, [CatalogGiven.Image()]))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new Modules.Catalog.Features.Review.SubmitProduct(merchant.OwnerId, saved.Value))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new Modules.Catalog.Features.Review.ApproveProduct(await app.ReviewerAsync(), saved.Value))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ListProduct(merchant.OwnerId, saved.Value))).Errors.ShouldBeEmpty();
        var (warehouse, bin) = await app.WarehouseAsync(merchant.OwnerId);
        await app.ReceiveAsync(merchant.OwnerId, warehouse, InventoryGiven.Line(codeA, bin, 10), InventoryGiven.Line(codeB, bin, 10));
        var skus = (await app.SendAsync(new GetStorefrontProduct(saved.Value)))!.Skus;
        var (skuA, skuB) = (skus.Single(s => s.Code == codeA).Id, skus.Single(s => s.Code == codeB).Id);

        var (buyer, address) = await app.ShopperAsync();
        await app.InCartAsync(buyer, skuA, 2);
        await app.InCartAsync(buyer, skuB, 1);
        var placed = await app.SendAsync(OrderingGiven.Checkout(buyer, address, payBy: payBy));
        placed.Errors.ShouldBeEmpty();
        if (payBy == PayBy.Online)
        {
            var payment = await app.StartedPaymentAsync(placed.Value.TotalFen, placed.Value.OrderId);
            (await app.SendAsync(new CompleteSimulatedCharge(payment.ChargeId, SimulatedOutcome.Success))).Errors.ShouldBeEmpty();
            await app.DeliverNotificationsAsync();
        }
        await app.DeliverAllAsync();
        var row = (await app.SendAsync(new ListDesk(merchant.OwnerId, DeskFilter.ToShip, null))).Page.Items.Single();
        var sub = (await app.SendAsync(new GetDeskSubOrder(merchant.OwnerId, row.SubOrderId)))!;
        (await app.SendAsync(new ShipSubOrder(merchant.OwnerId, sub.SubOrderId, "ZTO", "ZT" + Random.Shared.NextInt64(10_000_000_000, 99_999_999_999),
            sub.Lines.ToDictionary(l => l.Id, l => l.Quantity)))).Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        if (confirm) (await app.SendAsync(new ConfirmReceipt(buyer, placed.Value.OrderId))).Errors.ShouldBeEmpty();
        var order = await app.OrderAsync(placed.Value.OrderId);
        var lines = order.SubOrders.Single().Lines;
        return new Received(merchant, buyer, order.Id, sub.SubOrderId, lines.Single(l => l.SkuId == skuA).Id, lines.Single(l => l.SkuId == skuB).Id,
            skuA, skuB, order.TotalFen);
    }

    public static Task<AfterSaleRequest> RequestAsync(this AppFixture app, Guid id) =>
        app.QueryAsync<ReturnsDbContext, AfterSaleRequest>(db => db.Requests.AsNoTracking().Include(r => r.Lines).Include(r => r.Steps).SingleAsync(r => r.Id == id));

    public static Task<long> OnHandAsync(this AppFixture app, Guid sku) =>
        app.QueryAsync<InventoryDbContext, long>(db => db.Balances.Where(b => b.SkuId == sku).SumAsync(b => b.OnHand));
}
