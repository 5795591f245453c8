using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Desk;
using SharedWarehouse.Modules.Ordering.Features.OfflineOrders;
using SharedWarehouse.Modules.Ordering.Features.Shipping;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;

namespace SharedWarehouse.SliceTests.Ordering;

/// Orders a merchant keys in for offline buyers: created like a checkout from the shop's own SKUs and stock.
public abstract class OfflineOrderSlices(AppFixture app)
{
    private static KeyOfflineOrder Key(Selling s, Guid? key = null, int quantity = 2, long? priceFen = null, PayBy payBy = PayBy.PaidOffline,
        Guid? user = null, string? code = null) =>
        new(user ?? s.Merchant.OwnerId, key ?? Guid.NewGuid(), "王五", "138 1234 5678", DeliveryMethod.Express, "330106", "文三路 1 号",
            [new KeyedLine(0, code ?? s.Code, quantity, priceFen)], 1500, 500, InvoiceKind.Company, "杭州某某有限公司", "91350100M000100Y43",
            payBy, OfflinePayment.Transfer, "TX20261123", "老客户，电话下单");

    private Task<(long OnHand, long Reserved)> StockOfAsync(Guid sku) =>
        app.QueryAsync<InventoryDbContext, (long, long)>(async db =>
        {
            var rows = await db.Balances.Where(b => b.SkuId == sku).ToListAsync();
            return (rows.Sum(b => b.OnHand), rows.Sum(b => b.Reserved));
        });

    private Task<int> OrdersWithKeyAsync(Guid key) => app.QueryAsync<OrderingDbContext, int>(db => db.Orders.CountAsync(o => o.IdempotencyKey == key));

    [Fact]
    public async Task A_paid_offline_order_is_to_ship_at_once_with_its_totals_its_stock_reserved_and_the_merchant_as_actor()
    {
        var s = await app.SellingAsync(stock: 10);
        var keyed = await app.SendAsync(Key(s, quantity: 2) with
        {
            Lines = [new KeyedLine(0, s.Code, 2, null), new KeyedLine(3, s.Code, 1, 9900)],
        });
        keyed.Errors.ShouldBeEmpty();
        // 2 × 128.00 at the retail price + 1 × 99.00 negotiated + 15.00 shipping − 5.00 discount
        (keyed.Value.Status, keyed.Value.TotalFen).ShouldBe((OrderStatus.ToShip, 25600 + 9900 + 1500 - 500L));
        (await StockOfAsync(s.SkuId)).ShouldBe((10L, 3L));

        var user = s.Merchant.OwnerId;
        var desk = await app.SendAsync(new ListDesk(user, DeskFilter.Offline, null));
        desk.Page.Items.Single().Source.ShouldBe(OrderSource.MerchantKeyed);
        desk.Counts[DeskFilter.ToShip].ShouldBe(1);
        var sub = (await app.SendAsync(new GetDeskSubOrder(user, keyed.Value.SubOrderId)))!;
        (sub.PayBy, sub.OfflinePayment, sub.PaymentReference, sub.ShipTo.Phone, sub.Invoice.TaxId)
            .ShouldBe((PayBy.PaidOffline, (OfflinePayment?)OfflinePayment.Transfer, "TX20261123", "13812345678", "91350100M000100Y43"));
        (sub.LinesFen, sub.ShippingFen, sub.DiscountFen).ShouldBe((35500L, 1500L, 500L));
        sub.Timeline.Single().BySystem.ShouldBeFalse();
        var order = await app.QueryAsync<OrderingDbContext, Order>(db => db.Orders.Include(o => o.Transitions).SingleAsync(o => o.Id == keyed.Value.OrderId));
        (order.Transitions.Single().ByUserId, order.KeyedByUserId, order.BuyerId, order.PaidUtc is not null).ShouldBe(((Guid?)user, (Guid?)user, Order.NoBuyer, true));
    }

    [Fact]
    public async Task The_same_form_sent_twice_makes_one_order_and_reserves_once()
    {
        var s = await app.SellingAsync(stock: 10);
        var key = Guid.NewGuid();
        var first = await app.SendAsync(Key(s, key, quantity: 4));
        var second = await app.SendAsync(Key(s, key, quantity: 4));
        first.Errors.ShouldBeEmpty();
        second.Value.OrderId.ShouldBe(first.Value.OrderId);
        (await OrdersWithKeyAsync(key)).ShouldBe(1);
        (await StockOfAsync(s.SkuId)).ShouldBe((10L, 4L));

        // Another merchant replaying this key finds nothing of A's and creates nothing.
        var b = await app.SellingAsync(stock: 10);
        (await app.SendAsync(Key(b, key, quantity: 1))).IsFailure.ShouldBeTrue();
        (await OrdersWithKeyAsync(key)).ShouldBe(1);
        (await StockOfAsync(b.SkuId)).ShouldBe((10L, 0L));
    }

    [Fact]
    public async Task A_shortage_is_reported_on_its_line_and_leaves_nothing_reserved_or_created_so_the_form_can_be_corrected()
    {
        var s = await app.SellingAsync(stock: 3);
        var key = Guid.NewGuid();
        var refused = await app.SendAsync(Key(s, key) with { Lines = [new KeyedLine(0, s.Code, 2, null), new KeyedLine(1, s.Code, 2, null)] });
        refused.Errors.Single().Field.ShouldBe("Lines[1].Quantity");
        (await OrdersWithKeyAsync(key)).ShouldBe(0);
        (await StockOfAsync(s.SkuId)).ShouldBe((3L, 0L));
        (await app.SendAsync(new ListDesk(s.Merchant.OwnerId, DeskFilter.All, null))).Page.Total.ShouldBe(0);

        var corrected = await app.SendAsync(Key(s, key, quantity: 3));
        corrected.Errors.ShouldBeEmpty();
        (await StockOfAsync(s.SkuId)).ShouldBe((3L, 3L));
    }

    [Fact]
    public async Task Another_shop_s_sku_and_bad_money_are_refused_by_field_and_nothing_is_created()
    {
        var a = await app.SellingAsync(stock: 5);
        var b = await app.SellingAsync(stock: 5);
        var key = Guid.NewGuid();
        (await app.SendAsync(Key(a, key, code: b.Code))).Errors.Single().Field.ShouldBe("Lines[0].SkuCode");
        var bad = await app.SendAsync(Key(a, key, priceFen: -100) with { DiscountFen = -1, BuyerName = "", Phone = "123", InvoiceKind = InvoiceKind.Company, TaxId = "91350100M000100Y44" });
        bad.Errors.Select(e => e.Field).OrderBy(f => f).ShouldBe(["BuyerName", "Discount", "Lines[0].UnitPrice", "Phone", "TaxId"]);
        (await app.SendAsync(Key(a, key, priceFen: 100) with { DiscountFen = 201 })).Errors.Single().Field.ShouldBe("Discount");
        (await OrdersWithKeyAsync(key)).ShouldBe(0);
        (await StockOfAsync(a.SkuId)).ShouldBe((5L, 0L));
        (await StockOfAsync(b.SkuId)).ShouldBe((5L, 0L));
    }

    [Fact]
    public async Task After_shipping_only_its_merchant_marks_a_keyed_order_delivered_and_B_can_neither_see_ship_nor_mark_it()
    {
        var a = await app.SellingAsync(stock: 5);
        var keyed = (await app.SendAsync(Key(a, quantity: 1, payBy: PayBy.CashOnDelivery))).Value;
        var user = a.Merchant.OwnerId;
        var sub = (await app.SendAsync(new GetDeskSubOrder(user, keyed.SubOrderId)))!;
        sub.PayBy.ShouldBe(PayBy.CashOnDelivery);
        var b = await app.MerchantAsync();
        (await app.SendAsync(new GetDeskSubOrder(b.OwnerId, keyed.SubOrderId))).ShouldBeNull();
        (await app.SendAsync(new ListDesk(b.OwnerId, DeskFilter.Offline, null))).Page.Total.ShouldBe(0);
        (await app.SendAsync(new ShipSubOrder(b.OwnerId, keyed.SubOrderId, "SF", null, new Dictionary<Guid, int> { [sub.Lines.Single().Id] = 1 }))).IsNotFound.ShouldBeTrue();

        (await app.SendAsync(new MarkKeyedOrderDelivered(user, keyed.SubOrderId))).Errors.Single().Code.ShouldBe("conflict");
        (await app.SendAsync(new ShipSubOrder(user, keyed.SubOrderId, "SF", null, new Dictionary<Guid, int> { [sub.Lines.Single().Id] = 1 }))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new MarkKeyedOrderDelivered(b.OwnerId, keyed.SubOrderId))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new MarkKeyedOrderDelivered(user, keyed.SubOrderId))).Errors.ShouldBeEmpty();
        var done = (await app.SendAsync(new GetDeskSubOrder(user, keyed.SubOrderId)))!;
        (done.Status, done.Timeline.Last().Reason).ShouldBe((OrderStatus.Received, "商家确认已送达"));
        await app.DispatchEventsAsync();
        (await StockOfAsync(a.SkuId)).ShouldBe((4L, 0L));
    }

    [Fact]
    public async Task Only_its_merchant_cancels_a_keyed_order_before_shipping_and_its_stock_comes_back()
    {
        var a = await app.SellingAsync(stock: 5);
        var keyed = (await app.SendAsync(Key(a, quantity: 2))).Value;
        var b = await app.MerchantAsync();
        (await app.SendAsync(new CancelKeyedOrder(b.OwnerId, keyed.SubOrderId, "录入有误"))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new CancelKeyedOrder(a.Merchant.OwnerId, keyed.SubOrderId, ""))).Errors.Single().Field.ShouldBe("Reason");
        (await StockOfAsync(a.SkuId)).ShouldBe((5L, 2L));

        (await app.SendAsync(new CancelKeyedOrder(a.Merchant.OwnerId, keyed.SubOrderId, "录入有误"))).Errors.ShouldBeEmpty();
        (await StockOfAsync(a.SkuId)).ShouldBe((5L, 0L));
        var view = (await app.SendAsync(new GetDeskSubOrder(a.Merchant.OwnerId, keyed.SubOrderId)))!;
        (view.Status, view.Timeline.Last().Reason, view.Timeline.Last().BySystem).ShouldBe((OrderStatus.Cancelled, "录入有误", false));
        (await app.SendAsync(new CancelKeyedOrder(a.Merchant.OwnerId, keyed.SubOrderId, "录入有误"))).Errors.Single().Code.ShouldBe("conflict");
    }
}

public sealed class OfflineOrderOnSqlite(SqliteApp app) : OfflineOrderSlices(app), IClassFixture<SqliteApp>;

public sealed class OfflineOrderOnPostgreSql(PostgreSqlApp app) : OfflineOrderSlices(app), IClassFixture<PostgreSqlApp>;
