using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Catalog.Features.Storefront;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Addresses;
using SharedWarehouse.Modules.Ordering.Features.Cart;
using SharedWarehouse.Modules.Ordering.Features.Checkout;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;

namespace SharedWarehouse.SliceTests.Ordering;

public sealed record Selling(Merchant Merchant, Guid ProductId, Guid SkuId, string Code, long PriceFen);

/// Builders for ordering tests, through the real commands of every module involved.
public static class OrderingGiven
{
    /// A merchant with one approved, listed product (one SKU at the price) and that much stock received.
    public static async Task<Selling> SellingAsync(this AppFixture app, long stock = 10, string price = "128.00")
    {
        var merchant = await app.MerchantAsync();
        var code = CatalogGiven.NewCode();
        var saved = await app.SendAsync(await app.ProductAsync(merchant.OwnerId, skus: CatalogGiven.Sku(code, price)));
        saved.Errors.ShouldBeEmpty();
        (await app.SendAsync(new Modules.Catalog.Features.ProductImages.AddProductImages(merchant.OwnerId, saved.Value, [CatalogGiven.Image()]))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new Modules.Catalog.Features.Review.SubmitProduct(merchant.OwnerId, saved.Value))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new Modules.Catalog.Features.Review.ApproveProduct(await app.ReviewerAsync(), saved.Value))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ListProduct(merchant.OwnerId, saved.Value))).Errors.ShouldBeEmpty();
        var (warehouse, bin) = await app.WarehouseAsync(merchant.OwnerId);
        await app.ReceiveAsync(merchant.OwnerId, warehouse, InventoryGiven.Line(code, bin, stock));
        var sku = (await app.SendAsync(new GetStorefrontProduct(saved.Value)))!.Skus.Single();
        return new Selling(merchant, saved.Value, sku.Id, code, sku.RetailPriceFen);
    }

    public static async Task<(Guid Buyer, Guid Address)> ShopperAsync(this AppFixture app)
    {
        var buyer = await app.BuyerAsync();
        var address = await app.SendAsync(new AddAddress(buyer, "李四", "13912345678", "330106", "文三路 100 号", false));
        address.Errors.ShouldBeEmpty();
        return (buyer, address.Value);
    }

    public static async Task InCartAsync(this AppFixture app, Guid buyer, Guid sku, int quantity) =>
        (await app.SendAsync(new AddToCart(CartItem.ForUser(buyer), sku, quantity))).Errors.ShouldBeEmpty();

    public static PlaceOrder Checkout(Guid buyer, Guid address, Guid? key = null, PayBy payBy = PayBy.Online, DeliveryMethod delivery = DeliveryMethod.Express,
        InvoiceKind invoice = InvoiceKind.None, string? title = null, string? taxId = null) =>
        new(buyer, key ?? Guid.NewGuid(), address, delivery, payBy, invoice, title, taxId, "请尽快发货");

    public static Task<T> OrderingAsync<T>(this AppFixture app, Func<IServiceProvider, Task<T>> work) => app.WithScopeAsync(work);
}
