using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Catalog.Features.Consignment;
using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Catalog.Features.ShopProducts;
using SharedWarehouse.Modules.Catalog.Features.Storefront;
using SharedWarehouse.Modules.Inventory.Features.Sharing;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Consignment;
using SharedWarehouse.Modules.Ordering.Features.Desk;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.Modules.Ordering.Features.Shipping;
using SharedWarehouse.Modules.Wallet.Data;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;
using SharedWarehouse.SliceTests.Ordering;
using SharedWarehouse.SliceTests.Wallet;

namespace SharedWarehouse.SliceTests.Consignment;

/// Joint sales (ADR 9) across Catalog, Inventory, Ordering, Payments and Wallet, through the real commands.
public abstract class ConsignmentSlices(AppFixture app)
{
    [Fact]
    public async Task A_reseller_sees_only_what_is_shared_with_it_and_its_listing_sells_in_its_own_shop_at_its_price()
    {
        var (resellerA, resellerB) = (await app.MerchantAsync(), await app.MerchantAsync());
        var supplier = await app.SupplierAsync(sharedWith: resellerA.ShopId);

        (await app.SendAsync(new BrowseConsignable(resellerB.OwnerId))).ShouldNotContain(p => p.ProductId == supplier.ProductId);
        (await app.SendAsync(new ConsignProduct(resellerB.OwnerId, supplier.ProductId, new Dictionary<Guid, string?> { [supplier.SkuId] = "150.00" })))
            .IsNotFound.ShouldBeTrue("a product not shared with B is not found, whatever id B sends");
        var seen = (await app.SendAsync(new BrowseConsignable(resellerA.OwnerId))).Single(p => p.ProductId == supplier.ProductId);
        seen.Skus.Single().ShouldSatisfyAllConditions(s => s.WholesaleFen.ShouldBe(8000), s => s.FloorFen.ShouldBe(10000), s => s.SharedAvailable.ShouldBe(10));

        var listing = await app.ListingAsync(resellerA, supplier, "150.00");

        var page = await app.SendAsync(new GetStorefrontProduct(listing.ProductId));
        page!.Shop!.Id.ShouldBe(resellerA.ShopId);
        page.Skus.Single().ShouldSatisfyAllConditions(s => s.RetailPriceFen.ShouldBe(15000), s => s.Available.ShouldBe(10));
        var onSale = await app.SendAsync(new ListShopProducts(resellerA.ShopId));
        onSale.Single().ShouldSatisfyAllConditions(p => p.ProductId.ShouldBe(listing.ProductId), p => p.LowestPriceFen.ShouldBe(15000));
        var found = await app.SendAsync(new SearchProducts(Keyword: supplier.Selling.Code.ToLowerInvariant(), InStock: true));
        found.Value.Items.ShouldContain(h => h.Id == listing.ProductId && h.ShopId == resellerA.ShopId && h.InStock);
    }

    [Fact]
    public async Task A_retail_price_below_the_floor_is_refused_next_to_its_SKU_and_nothing_is_listed()
    {
        var reseller = await app.MerchantAsync();
        var supplier = await app.SupplierAsync(sharedWith: null);

        var refused = await app.SendAsync(new ConsignProduct(reseller.OwnerId, supplier.ProductId, new Dictionary<Guid, string?> { [supplier.SkuId] = "99.99" }));

        refused.Errors.Single().Field.ShouldBe($"Retail[{supplier.SkuId}]");
        (await app.SendAsync(new BrowseConsignable(reseller.OwnerId))).Single(p => p.ProductId == supplier.ProductId).ListingId.ShouldBeNull();
    }

    [Fact]
    public async Task Terms_with_a_wholesale_price_above_the_floor_or_without_a_base_price_are_refused_per_row()
    {
        var selling = await app.SellingAsync();
        var above = await app.SendAsync(new SetConsignmentTerms(selling.Merchant.OwnerId, selling.ProductId, true, [new SkuTermsInput(selling.SkuId, "100.00", "1:1:120.00")]));
        above.Errors.Single().Field.ShouldBe("Skus[0].Prices");
        var noBase = await app.SendAsync(new SetConsignmentTerms(selling.Merchant.OwnerId, selling.ProductId, true, [new SkuTermsInput(selling.SkuId, "abc", "2:1:80.00")]));
        noBase.Errors.Select(e => e.Field).ShouldBe(["Skus[0].Floor"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_silver_reseller_gets_its_tier_price_and_a_paid_order_opens_one_purchase_at_wholesale_from_the_suppliers_stock_even_when_payment_is_notified_twice()
    {
        var reseller = await app.MerchantAsync();
        var supplier = await app.SupplierAsync(sharedWith: reseller.ShopId);
        (await app.SendAsync(new SetResellerLevel(supplier.Merchant.OwnerId, await ShopNameAsync(reseller), ResellerLevel.Silver))).Errors.ShouldBeEmpty();
        var listing = await app.ListingAsync(reseller, supplier, "150.00");

        var (_, orderId) = await app.PaidOrderAsync(listing, quantity: 2, duplicateNotifications: true);

        var purchase = (await app.PurchasesAsync(supplier.Merchant.ShopId)).Single();
        purchase.ResellerShopId.ShouldBe(reseller.ShopId);
        var sub = purchase.SubOrders.Single();
        sub.Status.ShouldBe(OrderStatus.ToShip);
        sub.Lines.Single().ShouldSatisfyAllConditions(l => l.SkuId.ShouldBe(supplier.SkuId), l => l.UnitPriceFen.ShouldBe(7500), l => l.Quantity.ShouldBe(2));
        (await app.OrderAsync(orderId)).Status.ShouldBe(OrderStatus.ToShip);
        (await app.AvailableAsync(supplier.SkuId)).ShouldBe(8, "the reseller's order reserved the supplier's stock");
        var desk = await app.SendAsync(new ListDesk(supplier.Merchant.OwnerId, DeskFilter.Consignment, null));
        var resellerName = await ShopNameAsync(reseller);
        desk.Page.Items.Single().ShouldSatisfyAllConditions(r => r.Source.ShouldBe(OrderSource.ConsignmentPurchase), r => r.ResellerName.ShouldBe(resellerName));
    }

    [Fact]
    public async Task The_supplier_ships_to_the_buyer_under_the_resellers_shop_both_sides_move_together_and_the_settlement_adds_up_in_the_database()
    {
        var reseller = await app.MerchantAsync();
        var supplier = await app.SupplierAsync(sharedWith: reseller.ShopId);
        var listing = await app.ListingAsync(reseller, supplier, "150.00");
        var (buyer, orderId) = await app.PaidOrderAsync(listing, quantity: 2);
        var errors = await app.QueryAsync<Modules.Payments.Data.PaymentsDbContext, List<string?>>(db => db.OutboxMessages.Where(m => m.LastError != null).Select(m => m.LastError).ToListAsync());
        errors.ShouldBeEmpty();
        var paid = await app.OrderAsync(orderId);
        paid.ShouldSatisfyAllConditions(o => o.Status.ShouldBe(OrderStatus.ToShip), o => o.SubOrders.Single().Lines.Single().Supply.ShouldNotBeNull());
        var purchaseSub = (await app.PurchasesAsync(supplier.Merchant.ShopId)).Single().SubOrders.Single();
        var resellerSub = (await app.OrderAsync(orderId)).SubOrders.Single();

        var slip = await app.SendAsync(new GetDeskSubOrder(supplier.Merchant.OwnerId, purchaseSub.Id));
        slip!.ShopName.ShouldBe(await ShopNameAsync(reseller), "the packing slip names the shop the buyer bought from");
        (await app.SendAsync(new GetDeskSubOrder(reseller.OwnerId, purchaseSub.Id))).ShouldBeNull();
        (await app.SendAsync(new ShipSubOrder(reseller.OwnerId, resellerSub.Id, "SF", null, resellerSub.Lines.ToDictionary(l => l.Id, l => l.Quantity))))
            .IsFailure.ShouldBeTrue("the reseller cannot ship the supplier's goods");

        var tracking = await app.SendAsync(new ShipSubOrder(supplier.Merchant.OwnerId, purchaseSub.Id, "SF", "SF1234567890",
            purchaseSub.Lines.ToDictionary(l => l.Id, l => l.Quantity)));
        tracking.Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();

        var buyerOrder = await app.OrderAsync(orderId);
        buyerOrder.Status.ShouldBe(OrderStatus.Shipped);
        buyerOrder.Shipments.Single().TrackingNumber.ShouldBe("SF1234567890");
        (await app.QueryAsync<Modules.Inventory.Data.InventoryDbContext, long>(db => db.Balances.Where(b => b.SkuId == supplier.SkuId).SumAsync(b => b.OnHand)))
            .ShouldBe(8, "the goods left the supplier's warehouse");

        (await app.SendAsync(new ConfirmReceipt(buyer, orderId))).Errors.ShouldBeEmpty();
        (await app.PurchasesAsync(supplier.Merchant.ShopId)).Single().Status.ShouldBe(OrderStatus.Received);
        await app.WithScopeAsync(sp => ConsignmentSettlementJob.RunAsync(sp.GetRequiredService<IServiceScopeFactory>(), default));
        await app.WithScopeAsync(sp => ConsignmentSettlementJob.RunAsync(sp.GetRequiredService<IServiceScopeFactory>(), default)); // a repeat credits nothing

        var s = await app.QueryAsync<OrderingDbContext, ConsignmentSettlement>(db => db.ConsignmentSettlements.AsNoTracking().SingleAsync(x => x.ResellerShopId == reseller.ShopId));
        s.ShouldSatisfyAllConditions(
            x => x.Status.ShouldBe(SettlementStatus.Settled), x => x.RetailFen.ShouldBe(30000), x => x.WholesaleFen.ShouldBe(16000),
            x => x.CommissionFen.ShouldBe(1500), x => x.SupplierFen.ShouldBe(16000), x => x.ResellerFen.ShouldBe(12500),
            x => (x.SupplierFen + x.ResellerFen + x.CommissionFen).ShouldBe(x.RetailFen));
        var credited = await app.QueryAsync<WalletDbContext, List<(Guid ShopId, long Fen)>>(async db =>
            (await db.Entries.AsNoTracking().Where(e => e.DocumentType == ConsignmentSettlement.DocumentType).ToListAsync())
                .Where(e => e.DocumentId.StartsWith(purchaseSub.Id.ToString())).Select(e => (e.ShopId, e.AmountFen)).ToList());
        credited.ShouldBe([(supplier.Merchant.ShopId, 16000L), (reseller.ShopId, 12500L)], ignoreOrder: true);
        (await app.BalanceAsync(supplier.Merchant.ShopId)).BalanceFen.ShouldBe(16000);
        (await app.BalanceAsync(reseller.ShopId)).BalanceFen.ShouldBe(12500);
        var pages = (await app.SendAsync(new ListConsignmentSettlements(reseller.OwnerId)), await app.SendAsync(new ListConsignmentSettlements(supplier.Merchant.OwnerId)));
        pages.Item1.SettledFen.ShouldBe(12500);
        pages.Item2.SettledFen.ShouldBe(16000);
        (await app.SendAsync(new ListConsignmentSettlements((await app.MerchantAsync()).OwnerId))).Rows.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Revoking_the_grant_or_closing_the_offer_stops_the_listing_from_selling()
    {
        var reseller = await app.MerchantAsync();
        var supplier = await app.SupplierAsync(sharedWith: reseller.ShopId);
        var listing = await app.ListingAsync(reseller, supplier);

        (await app.SendAsync(new RevokeGrant(supplier.Merchant.OwnerId, supplier.GrantId))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new GetStorefrontProduct(listing.ProductId)))!.Sellable.ShouldBeFalse();

        await app.SendAsync(new ShareStock(supplier.Merchant.OwnerId, Modules.Inventory.Domain.GrantScope.Sku, supplier.SkuId, reseller.ShopId));
        (await app.SendAsync(new GetStorefrontProduct(listing.ProductId)))!.Sellable.ShouldBeTrue();
        (await app.SendAsync(new SetConsignmentTerms(supplier.Merchant.OwnerId, supplier.ProductId, false, [new SkuTermsInput(supplier.SkuId, "100.00", ConsignmentGiven.Prices)])))
            .Errors.ShouldBeEmpty();
        (await app.SendAsync(new GetStorefrontProduct(listing.ProductId)))!.Sellable.ShouldBeFalse();
        var sellable = await app.WithScopeAsync(sp => sp.GetRequiredService<ISellableSkus>().FindSellableAsync([listing.SkuId], default));
        sellable.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_reseller_cannot_stop_another_resellers_listing()
    {
        var (a, b) = (await app.MerchantAsync(), await app.MerchantAsync());
        var supplier = await app.SupplierAsync(sharedWith: null);
        var listing = await app.ListingAsync(a, supplier);

        (await app.SendAsync(new DelistProduct(b.OwnerId, listing.ProductId))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new GetStorefrontProduct(listing.ProductId))).ShouldNotBeNull();
    }

    [Fact]
    public async Task In_a_sub_order_mixing_the_resellers_own_goods_and_consigned_goods_each_ships_its_part_and_the_sub_order_ships_when_both_did()
    {
        var own = await app.SellingAsync(stock: 5, price: "20.00");
        var reseller = own.Merchant;
        var supplier = await app.SupplierAsync(sharedWith: reseller.ShopId);
        var listing = await app.ListingAsync(reseller, supplier, "150.00");
        var (_, orderId) = await app.PaidOrderAsync(listing, quantity: 1, alsoSku: own.SkuId);
        var sub = (await app.OrderAsync(orderId)).SubOrders.Single();
        sub.Lines.Count.ShouldBe(2, "one shop, one sub-order");
        var ownLine = sub.Lines.Single(l => !l.IsConsigned);

        (await app.SendAsync(new ShipSubOrder(reseller.OwnerId, sub.Id, "ZTO", null, new Dictionary<Guid, int> { [ownLine.Id] = 1 }))).Errors.ShouldBeEmpty();
        (await app.OrderAsync(orderId)).SubOrders.Single().Status.ShouldBe(OrderStatus.PartiallyShipped);
        var purchaseSub = (await app.PurchasesAsync(supplier.Merchant.ShopId)).Single().SubOrders.Single();
        purchaseSub.Lines.Single().ShouldSatisfyAllConditions(l => l.Quantity.ShouldBe(1), l => l.UnitPriceFen.ShouldBe(8000));
        (await app.SendAsync(new ShipSubOrder(supplier.Merchant.OwnerId, purchaseSub.Id, "SF", null, purchaseSub.Lines.ToDictionary(l => l.Id, l => l.Quantity))))
            .Errors.ShouldBeEmpty();

        var shipped = await app.OrderAsync(orderId);
        shipped.Status.ShouldBe(OrderStatus.Shipped);
        shipped.Shipments.Select(x => x.Carrier).ShouldBe(["ZTO", "SF"], ignoreOrder: true);
    }

    [Fact]
    public async Task Cancelling_a_paid_order_before_shipping_cancels_its_purchase_and_gives_the_suppliers_stock_back()
    {
        var reseller = await app.MerchantAsync();
        var supplier = await app.SupplierAsync(sharedWith: reseller.ShopId);
        var listing = await app.ListingAsync(reseller, supplier);
        var (buyer, orderId) = await app.PaidOrderAsync(listing, quantity: 3);
        (await app.AvailableAsync(supplier.SkuId)).ShouldBe(7);

        (await app.SendAsync(new CancelOrder(buyer, orderId, "不想买了"))).Errors.ShouldBeEmpty();

        (await app.PurchasesAsync(supplier.Merchant.ShopId)).Single().Status.ShouldBe(OrderStatus.Cancelled);
        (await app.AvailableAsync(supplier.SkuId)).ShouldBe(10);
        var purchaseSub = (await app.PurchasesAsync(supplier.Merchant.ShopId)).Single().SubOrders.Single();
        (await app.SendAsync(new ShipSubOrder(supplier.Merchant.OwnerId, purchaseSub.Id, "SF", null, purchaseSub.Lines.ToDictionary(l => l.Id, l => l.Quantity))))
            .IsFailure.ShouldBeTrue("a cancelled purchase cannot ship");
    }

    private Task<string> ShopNameAsync(Merchant m) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<Modules.Merchants.Contracts.IMerchantDirectory>().FindShopOfOwnerAsync(m.OwnerId, default))!.Name);
}

public sealed class ConsignmentOnSqlite(SqliteApp app) : ConsignmentSlices(app), IClassFixture<SqliteApp>;

public sealed class ConsignmentOnPostgreSql(PostgreSqlApp app) : ConsignmentSlices(app), IClassFixture<PostgreSqlApp>;
