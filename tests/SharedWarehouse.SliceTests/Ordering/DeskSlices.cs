using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Ordering;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Desk;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.Modules.Ordering.Features.Shipping;
using SharedWarehouse.Modules.Notifications.Data;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Courier;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;
using static SharedWarehouse.SliceTests.Ordering.OrderingGiven;

namespace SharedWarehouse.SliceTests.Ordering;

/// The merchant's order desk: shipping (partial, whole), stock leaving Inventory, receipt, and who may see what.
public abstract class DeskSlices(AppFixture app)
{
    private async Task<(Selling Stock, Guid Buyer, Guid OrderId, DeskSubOrder Sub)> CashOrderAsync(int quantity)
    {
        var s = await app.SellingAsync(stock: 10);
        var (buyer, address) = await app.ShopperAsync();
        await app.InCartAsync(buyer, s.SkuId, quantity);
        var placed = await app.SendAsync(Checkout(buyer, address, payBy: PayBy.CashOnDelivery));
        placed.Errors.ShouldBeEmpty();
        await app.DispatchEventsAsync();
        var row = (await app.SendAsync(new ListDesk(s.Merchant.OwnerId, DeskFilter.ToShip, null))).Page.Items.Single();
        return (s, buyer, placed.Value.OrderId, (await app.SendAsync(new GetDeskSubOrder(s.Merchant.OwnerId, row.SubOrderId)))!);
    }

    private Task<(long OnHand, long Reserved)> StockOfAsync(Guid sku) =>
        app.QueryAsync<InventoryDbContext, (long, long)>(async db =>
        {
            var rows = await db.Balances.Where(b => b.SkuId == sku).ToListAsync();
            return (rows.Sum(b => b.OnHand), rows.Sum(b => b.Reserved));
        });

    [Fact]
    public async Task A_partial_then_full_shipment_takes_the_stock_off_in_step_and_the_buyer_confirms_receipt()
    {
        var (s, buyer, orderId, sub) = await CashOrderAsync(3);
        var user = s.Merchant.OwnerId;
        var line = sub.Lines.Single();
        line.Picks.Sum(p => p.Quantity).ShouldBe(3);

        var first = await app.SendAsync(new ShipSubOrder(user, sub.SubOrderId, "SF", null, new Dictionary<Guid, int> { [line.Id] = 1 }));
        first.Errors.ShouldBeEmpty();
        first.Value.ShouldStartWith("SF");
        await app.DispatchEventsAsync();
        (await StockOfAsync(s.SkuId)).ShouldBe((9L, 2L));
        var partly = (await app.SendAsync(new GetDeskSubOrder(user, sub.SubOrderId)))!;
        (partly.Status, partly.Lines.Single().Shipped).ShouldBe((OrderStatus.PartiallyShipped, 1));
        (await app.SendAsync(new ConfirmReceipt(buyer, orderId))).Errors.Single().Code.ShouldBe("conflict");

        (await app.SendAsync(new ShipSubOrder(user, sub.SubOrderId, "ZTO", "ZT1234567890", new Dictionary<Guid, int> { [line.Id] = 2 }))).Errors.ShouldBeEmpty();
        await app.DispatchEventsAsync();
        (await StockOfAsync(s.SkuId)).ShouldBe((7L, 0L));
        (await app.QueryAsync<InventoryDbContext, ReservationStatus>(db => db.Reservations.Where(r => r.SkuId == s.SkuId).Select(r => r.Status).SingleAsync()))
            .ShouldBe(ReservationStatus.Confirmed);
        var buyerView = (await app.SendAsync(new GetMyOrder(buyer, orderId)))!;
        buyerView.Status.ShouldBe(OrderStatus.Shipped);
        buyerView.Parcels.Select(p => p.TrackingNumber).ShouldBe([first.Value, "ZT1234567890"]);

        (await app.SendAsync(new ConfirmReceipt(buyer, orderId))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new GetMyOrder(buyer, orderId)))!.Status.ShouldBe(OrderStatus.Received);
        await app.LedgerShouldBalanceAsync();

        // The three received units are the product's sales (the storefront's sales sort), counted once.
        (await app.SendAsync(new ConfirmReceipt(buyer, orderId))).Errors.Single().Code.ShouldBe("conflict");
        await app.DispatchEventsAsync();
        await app.DispatchEventsAsync();
        (await app.QueryAsync<CatalogDbContext, long>(db => db.Products.Where(p => p.Id == s.ProductId).Select(p => p.SalesCount).SingleAsync()))
            .ShouldBe(3);
    }

    [Fact]
    public async Task Bad_shipments_are_refused_by_field_and_change_nothing()
    {
        var (s, _, _, sub) = await CashOrderAsync(2);
        var user = s.Merchant.OwnerId;
        var line = sub.Lines.Single().Id;

        (await app.SendAsync(new ShipSubOrder(user, sub.SubOrderId, "XX", null, new Dictionary<Guid, int> { [line] = 1 }))).Errors.Single().Field.ShouldBe("Carrier");
        (await app.SendAsync(new ShipSubOrder(user, sub.SubOrderId, "SF", "短", new Dictionary<Guid, int> { [line] = 1 }))).Errors.Single().Field.ShouldBe("TrackingNumber");
        (await app.SendAsync(new ShipSubOrder(user, sub.SubOrderId, "SF", null, new Dictionary<Guid, int> { [line] = 3 }))).Errors.Single().Field.ShouldBe($"Quantities[{line}]");
        (await app.SendAsync(new ShipSubOrder(user, sub.SubOrderId, "SF", null, new Dictionary<Guid, int> { [line] = 0 }))).Errors.Single().Message.ShouldBe("请至少发出一件商品");

        await app.DispatchEventsAsync();
        (await app.SendAsync(new GetDeskSubOrder(user, sub.SubOrderId)))!.Status.ShouldBe(OrderStatus.ToShip);
        (await StockOfAsync(s.SkuId)).ShouldBe((10L, 2L));
    }

    [Fact]
    public async Task Merchant_B_can_neither_see_nor_ship_A_s_sub_order_and_an_unpaid_online_order_cannot_ship()
    {
        var (a, _, _, sub) = await CashOrderAsync(1);
        var b = await app.MerchantAsync();
        (await app.SendAsync(new GetDeskSubOrder(b.OwnerId, sub.SubOrderId))).ShouldBeNull();
        (await app.SendAsync(new ShipSubOrder(b.OwnerId, sub.SubOrderId, "SF", null, new Dictionary<Guid, int> { [sub.Lines.Single().Id] = 1 }))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new ListDesk(b.OwnerId, DeskFilter.All, null))).Page.Total.ShouldBe(0);

        var (buyer, address) = await app.ShopperAsync();
        await app.InCartAsync(buyer, a.SkuId, 1);
        (await app.SendAsync(Checkout(buyer, address))).Errors.ShouldBeEmpty();
        var unpaid = (await app.SendAsync(new ListDesk(a.Merchant.OwnerId, DeskFilter.All, null))).Page.Items.Single(r => r.Status == OrderStatus.AwaitingPayment);
        var view = (await app.SendAsync(new GetDeskSubOrder(a.Merchant.OwnerId, unpaid.SubOrderId)))!;
        (await app.SendAsync(new ShipSubOrder(a.Merchant.OwnerId, unpaid.SubOrderId, "SF", null, new Dictionary<Guid, int> { [view.Lines.Single().Id] = 1 })))
            .Errors.Single().Code.ShouldBe("conflict");
    }

    [Fact]
    public async Task The_desk_filters_remote_regions_buyer_messages_and_lines_whose_stock_is_no_longer_held()
    {
        var (s, _, _, sub) = await CashOrderAsync(1);
        var user = s.Merchant.OwnerId;
        var buyer = await app.BuyerAsync();
        var xinjiang = await app.SendAsync(new Modules.Ordering.Features.Addresses.AddAddress(buyer, "阿依", "13912345678", "650102", "解放南路 1 号", true));
        await app.InCartAsync(buyer, s.SkuId, 1);
        (await app.SendAsync(Checkout(buyer, xinjiang.Value, payBy: PayBy.CashOnDelivery) with { Message = null })).Errors.ShouldBeEmpty();

        var counts = (await app.SendAsync(new ListDesk(user, DeskFilter.All, null))).Counts;
        (counts[DeskFilter.ToShip], counts[DeskFilter.Remote], counts[DeskFilter.WithMessage], counts[DeskFilter.ShortOfStock]).ShouldBe((2, 1, 1, 0));

        await app.StockAsync(r => r.ReleaseAsync(sub.Lines.Single().Picks.Single().Reference, CancellationToken.None));
        var shortRows = (await app.SendAsync(new ListDesk(user, DeskFilter.ShortOfStock, null))).Page.Items;
        shortRows.Single().SubOrderId.ShouldBe(sub.SubOrderId);
    }

    [Fact]
    public async Task A_shipped_order_is_confirmed_by_the_job_after_the_configured_days()
    {
        var (s, buyer, orderId, sub) = await CashOrderAsync(1);
        (await app.SendAsync(new ShipSubOrder(s.Merchant.OwnerId, sub.SubOrderId, "JD", null, new Dictionary<Guid, int> { [sub.Lines.Single().Id] = 1 }))).Errors.ShouldBeEmpty();
        var options = app.Services.GetRequiredService<IOptions<OrderingOptions>>().Value;

        app.Clock.Advance(TimeSpan.FromDays(options.AutoConfirmDays) + TimeSpan.FromMinutes(1));
        await app.WithScopeAsync(sp => AutoConfirmReceiptJob.RunAsync(sp.GetRequiredService<IServiceScopeFactory>(), app.Clock, options, CancellationToken.None));

        var order = (await app.SendAsync(new GetMyOrder(buyer, orderId)))!;
        order.Status.ShouldBe(OrderStatus.Received);
        order.Timeline.Last().BySystem.ShouldBeTrue();
    }

    /// A blank tracking number books an electronic waybill with the chosen carrier through the Courier module (no
    /// carrier simulator of Ordering's own): the parcel's tracking is what the carrier reported, and its delivery
    /// tells the buyer once, however often the carrier is polled. A number the merchant typed has no tracking.
    [Fact]
    public async Task An_electronic_waybill_is_booked_through_Courier_and_its_delivery_tells_the_buyer_once()
    {
        var (s, buyer, orderId, sub) = await CashOrderAsync(2);
        var user = s.Merchant.OwnerId;
        var line = sub.Lines.Single().Id;

        var booked = await app.SendAsync(new ShipSubOrder(user, sub.SubOrderId, "JD", null, new Dictionary<Guid, int> { [line] = 1 }));
        booked.Errors.ShouldBeEmpty();
        var waybill = (await app.CourierAsync(c => c.FindAsync(booked.Value, default)))!;
        (waybill.CarrierCode, waybill.CarrierName, waybill.ShopId, waybill.OrderNumber).ShouldBe(("JD", "京东物流", s.Merchant.ShopId, sub.Number));
        (await app.SendAsync(new ShipSubOrder(user, sub.SubOrderId, "SF", "sf1234567890", new Dictionary<Guid, int> { [line] = 1 }))).Value.ShouldBe("SF1234567890");

        app.Clock.Advance(TimeSpan.FromDays(2));
        await app.RunTrackingJobAsync();
        await app.RunTrackingJobAsync(); // a second poll finds nothing new
        for (var i = 0; i < 3; i++) await app.DispatchEventsAsync();

        var parcels = (await app.SendAsync(new GetMyOrder(buyer, orderId)))!.Parcels;
        parcels[0].ShouldSatisfyAllConditions(p => p.Carrier.ShouldBe("京东物流"), p => p.Tracking.First().Description.ShouldBe("快件已签收，感谢使用京东物流"),
            p => p.Tracking.Last().Status.ShouldBe("created"));
        parcels[1].ShouldSatisfyAllConditions(p => p.Carrier.ShouldBe("顺丰速运"), p => p.Tracking.ShouldBeEmpty());
        (await app.SendAsync(new GetDeskSubOrder(user, sub.SubOrderId)))!.Shipments[0].Tracking.First().Status.ShouldBe("delivered");
        var told = await app.QueryAsync<NotificationsDbContext, List<string>>(db =>
            db.Notifications.AsNoTracking().Where(n => n.UserId == buyer && n.Title == "包裹已签收").Select(n => n.Link!).ToListAsync());
        told.ShouldBe([$"/orders/{orderId}"]);
    }

    [Fact]
    public async Task No_waybill_is_booked_for_a_shipment_that_would_be_refused()
    {
        var (s, _, _, sub) = await CashOrderAsync(1);
        var line = sub.Lines.Single().Id;

        var refused = await app.SendAsync(new ShipSubOrder(s.Merchant.OwnerId, sub.SubOrderId, "SF", null, new Dictionary<Guid, int> { [line] = 2 }));

        refused.Errors.Single().Field.ShouldBe($"Quantities[{line}]");
        (await app.WaybillCountAsync(ParcelDeliveredHandler.Reference(sub.SubOrderId, 1))).ShouldBe(0);
    }
}

public sealed class DeskOnSqlite(SqliteApp app) : DeskSlices(app), IClassFixture<SqliteApp>;

public sealed class DeskOnPostgreSql(PostgreSqlApp app) : DeskSlices(app), IClassFixture<PostgreSqlApp>;
