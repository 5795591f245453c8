using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Addresses;
using SharedWarehouse.Modules.Ordering.Features.Cart;
using SharedWarehouse.Modules.Ordering.Features.Checkout;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;
using static SharedWarehouse.SliceTests.Ordering.OrderingGiven;

namespace SharedWarehouse.SliceTests.Ordering;

public abstract class OrderingSlices(AppFixture app)
{
    private Task<List<Order>> OrdersOfAsync(Guid buyer) =>
        app.QueryAsync<OrderingDbContext, List<Order>>(db => db.Orders.Include(o => o.SubOrders).ThenInclude(s => s.Lines).Include(o => o.Transitions)
            .Where(o => o.BuyerId == buyer).ToListAsync());

    [Fact]
    public async Task A_cart_from_two_merchants_becomes_one_order_with_a_sub_order_each_totals_in_fen_and_the_stock_reserved()
    {
        var liquor = await app.SellingAsync(stock: 10, price: "128.00");
        var tea = await app.SellingAsync(stock: 10, price: "45.50");
        var (buyer, address) = await app.ShopperAsync();
        await app.InCartAsync(buyer, liquor.SkuId, 2);
        await app.InCartAsync(buyer, tea.SkuId, 1);

        var placed = await app.SendAsync(Checkout(buyer, address));

        placed.Errors.ShouldBeEmpty();
        placed.Value.Status.ShouldBe(OrderStatus.AwaitingPayment);
        var order = (await OrdersOfAsync(buyer)).Single();
        order.SubOrders.Count.ShouldBe(2);
        var liquorPart = order.SubOrders.Single(s => s.ShopId == liquor.Merchant.ShopId);
        var teaPart = order.SubOrders.Single(s => s.ShopId == tea.Merchant.ShopId);
        (liquorPart.LinesFen, liquorPart.ShippingFen, liquorPart.TotalFen).ShouldBe((25600L, 0L, 25600L), "free shipping from ¥99");
        (teaPart.LinesFen, teaPart.ShippingFen, teaPart.TotalFen).ShouldBe((4550L, 1000L, 5550L));
        placed.Value.TotalFen.ShouldBe(31150);
        order.SubOrders.ShouldAllBe(s => s.Status == OrderStatus.AwaitingPayment);
        order.Transitions.Count.ShouldBe(2);
        order.ShipTo.ShouldBe(new ShipTo("李四", "13912345678", "330106", "文三路 100 号"));
        (await app.AvailableAsync(liquor.SkuId)).ShouldBe(8);
        (await app.AvailableAsync(tea.SkuId)).ShouldBe(9);
        (await app.SendAsync(new GetCart(CartItem.ForUser(buyer)))).Count.ShouldBe(0, "ordered goods leave the cart");
        (await app.SendAsync(new ListMyOrders(buyer, null))).Total.ShouldBe(1);
    }

    [Fact]
    public async Task A_landline_or_a_privacy_number_in_the_address_book_reaches_the_orders_ship_to_as_given()
    {
        var tea = await app.SellingAsync(stock: 10, price: "45.50");
        var buyer = await app.BuyerAsync();
        var landline = await app.SendAsync(new AddAddress(buyer, "前台", "0571-87654321转801", "330106", "文三路 100 号 8 楼", true));
        var privacy = await app.SendAsync(new AddAddress(buyer, "李四", "17012345678-1234", "330106", "文三路 100 号", false));
        var pasted = await app.SendAsync(new AddAddress(buyer, "王五", "+86 139 1234 5678", "330106", "文三路 90 号", false));
        var bad = await app.SendAsync(new AddAddress(buyer, "赵六", "87654321", "330106", "文三路 80 号", false));

        (landline.Errors.Count, privacy.Errors.Count, pasted.Errors.Count).ShouldBe((0, 0, 0));
        bad.Errors.Single().Message.ShouldBe("请填写手机号，或带区号的座机");
        var book = await app.QueryAsync<OrderingDbContext, List<string>>(db => db.Addresses.Where(a => a.BuyerId == buyer).OrderBy(a => a.Detail).Select(a => a.Phone).ToListAsync());
        book.ShouldBe(["0571-87654321转801", "13912345678", "17012345678-1234"], ignoreOrder: true);

        await app.InCartAsync(buyer, tea.SkuId, 1);
        (await app.SendAsync(Checkout(buyer, landline.Value))).Errors.ShouldBeEmpty();
        (await OrdersOfAsync(buyer)).Single().ShipTo.Phone.ShouldBe("0571-87654321转801");
    }

    [Fact]
    public async Task The_same_checkout_form_submitted_twice_or_at_once_makes_one_order_and_reserves_once()
    {
        var s = await app.SellingAsync(stock: 10);
        var (buyer, address) = await app.ShopperAsync();
        await app.InCartAsync(buyer, s.SkuId, 3);
        var key = Guid.NewGuid();

        var both = await Task.WhenAll(app.SendAsync(Checkout(buyer, address, key)), app.SendAsync(Checkout(buyer, address, key)));
        var again = await app.SendAsync(Checkout(buyer, address, key));

        both.ShouldAllBe(r => r.IsSuccess);
        new[] { both[0].Value.OrderId, both[1].Value.OrderId, again.Value.OrderId }.Distinct().Count().ShouldBe(1);
        (await OrdersOfAsync(buyer)).Count.ShouldBe(1);
        (await app.AvailableAsync(s.SkuId)).ShouldBe(7);
        await app.LedgerShouldBalanceAsync();
    }

    [Fact]
    public async Task A_shortage_fails_the_order_invisibly_releases_what_was_reserved_and_keeps_the_cart()
    {
        var plenty = await app.SellingAsync(stock: 10);
        var scarce = await app.SellingAsync(stock: 2);
        var (buyer, address) = await app.ShopperAsync();
        await app.InCartAsync(buyer, plenty.SkuId, 4);
        await app.InCartAsync(buyer, scarce.SkuId, 3);

        var placed = await app.SendAsync(Checkout(buyer, address));

        placed.Errors.Single().Message.ShouldBe("「{0}」库存不足，请减少数量后再试");
        (await OrdersOfAsync(buyer)).Single().Status.ShouldBe(OrderStatus.Failed);
        (await app.SendAsync(new ListMyOrders(buyer, null))).Total.ShouldBe(0);
        (await app.AvailableAsync(plenty.SkuId)).ShouldBe(10);
        (await app.AvailableAsync(scarce.SkuId)).ShouldBe(2);
        (await app.SendAsync(new GetCart(CartItem.ForUser(buyer)))).Count.ShouldBe(2);
    }

    [Fact]
    public async Task An_unpaid_order_is_cancelled_at_its_deadline_by_the_job_and_its_stock_released()
    {
        var s = await app.SellingAsync(stock: 5);
        var (buyer, address) = await app.ShopperAsync();
        await app.InCartAsync(buyer, s.SkuId, 2);
        var placed = await app.SendAsync(Checkout(buyer, address));
        (await app.AvailableAsync(s.SkuId)).ShouldBe(3);

        await app.WithScopeAsync(sp => CancelOverdueOrdersJob.RunAsync(sp.GetRequiredService<IServiceScopeFactory>(), app.Clock, CancellationToken.None));
        (await OrdersOfAsync(buyer)).Single().Status.ShouldBe(OrderStatus.AwaitingPayment, "not before the deadline");

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        await app.WithScopeAsync(sp => CancelOverdueOrdersJob.RunAsync(sp.GetRequiredService<IServiceScopeFactory>(), app.Clock, CancellationToken.None));

        var order = (await OrdersOfAsync(buyer)).Single(o => o.Id == placed.Value.OrderId);
        order.Status.ShouldBe(OrderStatus.Cancelled);
        order.Transitions.Last().ByUserId.ShouldBeNull();
        (await app.AvailableAsync(s.SkuId)).ShouldBe(5);
        await app.LedgerShouldBalanceAsync();
    }

    [Fact]
    public async Task Cash_on_delivery_goes_straight_to_ship_and_only_its_buyer_can_see_or_cancel_it()
    {
        var s = await app.SellingAsync(stock: 5);
        var (x, address) = await app.ShopperAsync();
        var (y, _) = await app.ShopperAsync();
        await app.InCartAsync(x, s.SkuId, 1);
        var placed = await app.SendAsync(Checkout(x, address, payBy: PayBy.CashOnDelivery, delivery: DeliveryMethod.SelfPickup));
        placed.Value.Status.ShouldBe(OrderStatus.ToShip);
        placed.Value.TotalFen.ShouldBe(s.PriceFen, "pickup is free");

        (await app.SendAsync(new GetMyOrder(y, placed.Value.OrderId))).ShouldBeNull();
        (await app.SendAsync(new CancelOrder(y, placed.Value.OrderId, "不想买了"))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new CancelOrder(x, placed.Value.OrderId, ""))).Errors.Single().Field.ShouldBe("Reason");
        (await app.AvailableAsync(s.SkuId)).ShouldBe(4);

        (await app.SendAsync(new CancelOrder(x, placed.Value.OrderId, "不想买了"))).Errors.ShouldBeEmpty();
        var view = await app.SendAsync(new GetMyOrder(x, placed.Value.OrderId));
        view!.Status.ShouldBe(OrderStatus.Cancelled);
        view.Timeline.Last().Reason.ShouldBe("不想买了");
        (await app.AvailableAsync(s.SkuId)).ShouldBe(5);
        (await app.SendAsync(new CancelOrder(x, placed.Value.OrderId, "不想买了"))).Errors.Single().Code.ShouldBe("conflict");
    }

    [Fact]
    public async Task Bad_checkout_input_is_refused_by_field_and_makes_no_order_or_reservation()
    {
        var s = await app.SellingAsync(stock: 5);
        var (buyer, address) = await app.ShopperAsync();
        var (other, othersAddress) = await app.ShopperAsync();
        await app.InCartAsync(buyer, s.SkuId, 1);

        (await app.SendAsync(Checkout(buyer, address, invoice: InvoiceKind.Company, title: "杭州某某有限公司", taxId: "91350100M000100Y44")))
            .Errors.Single().Field.ShouldBe("TaxId");
        (await app.SendAsync(Checkout(buyer, address, invoice: InvoiceKind.Personal))).Errors.Single().Field.ShouldBe("InvoiceTitle");
        (await app.SendAsync(Checkout(buyer, othersAddress))).Errors.Single().Field.ShouldBe("AddressId");
        (await app.SendAsync(Checkout(other, othersAddress))).Errors.Single().Message.ShouldBe("购物车里没有可下单的商品");

        (await OrdersOfAsync(buyer)).ShouldBeEmpty();
        (await app.AvailableAsync(s.SkuId)).ShouldBe(5);
        var ok = await app.SendAsync(Checkout(buyer, address, invoice: InvoiceKind.Company, title: "杭州某某有限公司", taxId: "91350100m000100y43"));
        ok.Errors.ShouldBeEmpty();
        (await OrdersOfAsync(buyer)).Single().Invoice.TaxId.ShouldBe("91350100M000100Y43");
    }

    [Fact]
    public async Task A_visitor_cart_merges_into_the_buyer_cart_adding_quantities_and_a_delisted_sku_cannot_be_added()
    {
        var s = await app.SellingAsync(stock: 5);
        var (buyer, _) = await app.ShopperAsync();
        var visitor = CartItem.ForVisitor(Guid.NewGuid());
        await app.InCartAsync(buyer, s.SkuId, 1);
        (await app.SendAsync(new AddToCart(visitor, s.SkuId, 2))).Errors.ShouldBeEmpty();

        (await app.SendAsync(new MergeCart(visitor, CartItem.ForUser(buyer)))).Value.ShouldBe(1);

        (await app.SendAsync(new GetCart(CartItem.ForUser(buyer)))).Shops.Single().Lines.Single().Quantity.ShouldBe(3);
        (await app.SendAsync(new GetCart(visitor))).Count.ShouldBe(0);
        (await app.SendAsync(new AddToCart(visitor, Guid.NewGuid(), 1))).Errors.Single().Field.ShouldBe("SkuId");
        (await app.SendAsync(new AddToCart(visitor, s.SkuId, 0))).Errors.Single().Field.ShouldBe("Quantity");
    }

    [Fact]
    public async Task A_placement_interrupted_after_reserving_is_failed_by_the_recovery_job_and_its_stock_released()
    {
        var s = await app.SellingAsync(stock: 5);
        var (buyer, address) = await app.ShopperAsync();
        await app.InCartAsync(buyer, s.SkuId, 2);
        // Steps 1 and 2 of PlaceOrder, then the process "crashes" before making the order visible.
        var opened = await app.SendAsync(new OpenOrder(Checkout(buyer, address)));
        var line = opened.Value.Lines.Single();
        (await app.StockAsync(r => r.ReserveAsync(new Modules.Inventory.Contracts.ReserveStock(line.SkuId, line.Quantity, TimeSpan.FromHours(1), line.Reference, line.ShopId), CancellationToken.None)))
            .Errors.ShouldBeEmpty();
        (await app.AvailableAsync(s.SkuId)).ShouldBe(3);

        app.Clock.Advance(RecoverPlacingOrdersJob.StuckAfter + TimeSpan.FromMinutes(1));
        await app.WithScopeAsync(sp => RecoverPlacingOrdersJob.RunAsync(sp.GetRequiredService<IServiceScopeFactory>(), app.Clock, CancellationToken.None));

        (await OrdersOfAsync(buyer)).Single().Status.ShouldBe(OrderStatus.Failed);
        (await app.AvailableAsync(s.SkuId)).ShouldBe(5);
        (await app.SendAsync(new ConfirmOrderPlaced(opened.Value.OrderId))).Errors.Single().Code.ShouldBe("conflict");
    }
}

public sealed class OrderingOnSqlite(SqliteApp app) : OrderingSlices(app), IClassFixture<SqliteApp>;

public sealed class OrderingOnPostgreSql(PostgreSqlApp app) : OrderingSlices(app), IClassFixture<PostgreSqlApp>;
