using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Desk;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.Modules.Ordering.Features.Shipping;
using SharedWarehouse.Modules.Returns;
using SharedWarehouse.Modules.Returns.Domain;
using SharedWarehouse.Modules.Returns.Features.Buyer;
using SharedWarehouse.Modules.Returns.Features.Deadlines;
using SharedWarehouse.Modules.Returns.Features.Merchant;
using SharedWarehouse.Modules.Returns.Features.Platform;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SliceTests.Consignment;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;

namespace SharedWarehouse.SliceTests.Returns;

/// 换货 through the real dispatcher: the replacement is reserved when the exchange is agreed, and after the goods are
/// accepted it becomes an order on the merchant's desk that ships like any other.
public abstract class ExchangeSlices(AppFixture app)
{
    private static Dictionary<Guid, int> Units(Guid line, int quantity) => new() { [line] = quantity };

    private Task<SharedWarehouse.SharedKernel.Result<Guid>> OpenExchangeAsync(Received r, Guid line, int quantity, Guid? replacement = null) =>
        app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.Exchange, "质量问题", "瓶身有裂纹", Units(line, quantity), null,
            Replacements: replacement is { } sku ? new Dictionary<Guid, Guid> { [line] = sku } : null));

    private Task<List<Order>> ReplacementsAsync(Guid buyer) =>
        app.QueryAsync<OrderingDbContext, List<Order>>(db => db.Orders.AsNoTracking().Include(o => o.SubOrders).ThenInclude(s => s.Lines)
            .Where(o => o.BuyerId == buyer && o.ExchangeRequestId != null).ToListAsync());

    private Task<List<Reservation>> ReservationsAsync(string prefix) =>
        app.QueryAsync<InventoryDbContext, List<Reservation>>(db => db.Reservations.AsNoTracking().Where(x => x.Reference.StartsWith(prefix)).ToListAsync());

    [Fact]
    public async Task An_agreed_exchange_reserves_the_replacement_and_the_accepted_goods_become_a_free_order_shipped_from_the_desk()
    {
        var r = await app.ReceivedOrderAsync();
        var available = await app.AvailableAsync(r.SkuA);
        var onHand = await app.OnHandAsync(r.SkuA);
        var opened = await OpenExchangeAsync(r, r.LineA, 1);
        opened.Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        var request = await app.RequestAsync(opened.Value);
        (request.RequestedFen, request.Lines.Single().ReplacementSkuId).ShouldBe((0L, r.SkuA));

        (await app.SendAsync(new AgreeAfterSale(r.Merchant.OwnerId, opened.Value))).Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        (await app.AvailableAsync(r.SkuA)).ShouldBe(available - 1); // promised to the buyer: not for sale any more
        var held = (await ReservationsAsync(request.Number)).ShouldHaveSingleItem();
        (held.Status, held.IsHeld).ShouldBe((ReservationStatus.Active, true));

        (await app.SendAsync(new ShipBackAfterSale(r.Buyer, opened.Value, "SF", "SF1234567890"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ReceiveReturnedGoods(r.Merchant.OwnerId, opened.Value, true, null))).Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        await app.DeliverAllAsync(); // the approval event, then what Ordering publishes in turn

        request = await app.RequestAsync(opened.Value);
        (request.Status, request.RefundedFen).ShouldBe((AfterSaleStatus.Exchanged, 0L));
        (await app.OrderAsync(r.OrderId)).RefundFen.ShouldBe(0);
        (await app.OnHandAsync(r.SkuA)).ShouldBe(onHand + 1); // the returned unit is back on hand
        var replacement = (await ReplacementsAsync(r.Buyer)).ShouldHaveSingleItem();
        (replacement.Status, replacement.TotalFen, replacement.ExchangeRequestNumber, replacement.IsPaid).ShouldBe((OrderStatus.ToShip, 0L, request.Number, true));
        var line = replacement.SubOrders.Single().Lines.Single();
        (line.SkuId, line.Quantity, line.ReservationRef).ShouldBe((r.SkuA, 1, held.Reference));

        // The buyer cannot cancel it; the merchant ships it from the desk as usual, which takes the reserved unit off hand.
        (await app.SendAsync(new CancelOrder(r.Buyer, replacement.Id, "不想要了"))).Errors.Single().Code.ShouldBe("conflict");
        (await app.OrderAsync(replacement.Id)).Status.ShouldBe(OrderStatus.ToShip);
        var row = (await app.SendAsync(new ListDesk(r.Merchant.OwnerId, DeskFilter.ToShip, null))).Page.Items.ShouldHaveSingleItem();
        row.SubOrderId.ShouldBe(replacement.SubOrders.Single().Id);
        (await app.SendAsync(new ShipSubOrder(r.Merchant.OwnerId, row.SubOrderId, "ZTO", "ZT9876543210", new Dictionary<Guid, int> { [line.Id] = 1 })))
            .Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        (await app.OnHandAsync(r.SkuA)).ShouldBe(onHand);
        (await ReservationsAsync(request.Number)).Single().Status.ShouldBe(ReservationStatus.Confirmed);
        (await app.AvailableAsync(r.SkuA)).ShouldBe(available); // one unit came back, one went out
    }

    [Fact]
    public async Task Only_an_on_sale_SKU_of_the_same_product_at_the_same_price_can_be_chosen_and_no_stock_means_no_agreement()
    {
        var r = await app.ReceivedOrderAsync();
        // B is 66.00, A was bought at 128.00; an id that is not a SKU of the product is refused the same way.
        (await OpenExchangeAsync(r, r.LineA, 1, r.SkuB)).Errors.Single().Field.ShouldBe($"Replacements[{r.LineA}]");
        (await OpenExchangeAsync(r, r.LineA, 1, Guid.NewGuid())).Errors.Single().Field.ShouldBe($"Replacements[{r.LineA}]");

        var opened = await OpenExchangeAsync(r, r.LineB, 1);
        opened.Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        // Everything of B left is sold to someone else first: the merchant cannot agree, and nothing changes.
        var left = await app.AvailableAsync(r.SkuB);
        (await app.StockAsync(s => s.ReserveAsync(new ReserveStock(r.SkuB, left, TimeSpan.FromHours(1), "other-" + Guid.NewGuid().ToString("N")[..8],
            r.Merchant.ShopId), default))).Errors.ShouldBeEmpty();
        var agreed = await app.SendAsync(new AgreeAfterSale(r.Merchant.OwnerId, opened.Value));
        agreed.Errors.Single().Message.ShouldContain("库存不足");
        (await app.RequestAsync(opened.Value)).Status.ShouldBe(AfterSaleStatus.AwaitingMerchant);
        (await ReservationsAsync((await app.RequestAsync(opened.Value)).Number)).ShouldAllBe(x => x.Status != ReservationStatus.Active);

        // The merchant stays silent: past the deadline the system cannot send what is not there, so the request goes on
        // as a return and refund of what was paid.
        app.Clock.Advance(app.Services.GetRequiredService<IOptions<ReturnsOptions>>().Value.MerchantReply + TimeSpan.FromMinutes(1));
        (await app.SendAsync(new AutoAgreeAfterSale(opened.Value))).Errors.ShouldBeEmpty();
        var request = await app.RequestAsync(opened.Value);
        (request.Kind, request.Status, request.RequestedFen, request.AgreedFen).ShouldBe((AfterSaleKind.ReturnAndRefund, AfterSaleStatus.AwaitingReturn, 6600L, 6600L));
        request.Steps.OrderBy(s => s.Sequence).Select(s => s.Action).ShouldBe([AfterSaleActions.Opened, AfterSaleActions.AutoAgreed, AfterSaleActions.ExchangeToRefund]);
    }

    [Fact]
    public async Task A_withdrawn_exchange_gives_its_reserved_replacement_back_and_a_repeated_approval_makes_one_order()
    {
        var r = await app.ReceivedOrderAsync();
        var available = await app.AvailableAsync(r.SkuA);
        var withdrawn = await OpenExchangeAsync(r, r.LineA, 2);
        (await app.SendAsync(new AgreeAfterSale(r.Merchant.OwnerId, withdrawn.Value))).Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        (await app.AvailableAsync(r.SkuA)).ShouldBe(available - 2);
        (await app.SendAsync(new WithdrawAfterSale(r.Buyer, withdrawn.Value))).Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        (await app.AvailableAsync(r.SkuA)).ShouldBe(available);
        (await ReservationsAsync((await app.RequestAsync(withdrawn.Value)).Number)).Single().Status.ShouldBe(ReservationStatus.Released);

        // Refused on receipt, taken to the platform, decided for the buyer with no amount: the exchange goes ahead.
        var opened = await OpenExchangeAsync(r, r.LineA, 1);
        (await app.SendAsync(new AgreeAfterSale(r.Merchant.OwnerId, opened.Value))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ShipBackAfterSale(r.Buyer, opened.Value, "SF", "SF1234567891"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ReceiveReturnedGoods(r.Merchant.OwnerId, opened.Value, false, "瓶子是空的"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new EscalateAfterSale(r.Buyer, opened.Value, "寄回时是满的"))).Errors.ShouldBeEmpty();
        var admin = await app.ReviewerAsync();
        (await app.SendAsync(new DecideAfterSale(admin, opened.Value, true, "", "物流签收照片显示完好"))).Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        await app.DeliverAllAsync();
        (await app.RequestAsync(opened.Value)).Status.ShouldBe(AfterSaleStatus.Exchanged);
        var made = (await ReplacementsAsync(r.Buyer)).ShouldHaveSingleItem();

        // The approval delivered again (a retry after a crash) finds the order and makes no second one.
        var request = await app.RequestAsync(opened.Value);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<OrderingDbContext>();
            var handler = sp.GetRequiredService<Modules.Ordering.Features.AfterSales.AfterSaleExchangeApprovedHandler>();
            await handler.Handle(new Modules.Ordering.Contracts.AfterSaleExchangeApproved(Guid.NewGuid(), r.OrderId, r.SubOrderId, request.Id, request.Number,
                [new(r.LineA, r.SkuA, Guid.Empty, "X", "X", "", 1, request.Lines.Single().ReplacementRef!)]), default);
            await db.SaveChangesAsync();
            return 0;
        });
        (await ReplacementsAsync(r.Buyer)).Select(o => o.Id).ShouldBe([made.Id]);
    }
}

public sealed class ExchangeSlicesOnSqlite(SqliteApp app) : ExchangeSlices(app), IClassFixture<SqliteApp>;

public sealed class ExchangeSlicesOnPostgreSql(PostgreSqlApp app) : ExchangeSlices(app), IClassFixture<PostgreSqlApp>;
