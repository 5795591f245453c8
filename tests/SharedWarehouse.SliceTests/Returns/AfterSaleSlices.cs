using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Uploads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SharedWarehouse.Modules.Ordering;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.Modules.Notifications.Data;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Payments.Domain;
using SharedWarehouse.Modules.Returns;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Domain;
using SharedWarehouse.Modules.Returns.Features.Buyer;
using SharedWarehouse.Modules.Returns.Features.Deadlines;
using SharedWarehouse.Modules.Returns.Features.Merchant;
using SharedWarehouse.Modules.Returns.Features.Platform;
using SharedWarehouse.Modules.Returns.Features.Queries;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SliceTests.Consignment;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Returns;

/// After-sales through the real dispatcher with Ordering, Payments (simulated gateway) and Inventory behind it.
public abstract class AfterSaleSlices(AppFixture app)
{
    private static Dictionary<Guid, int> Units(Guid line, int quantity) => new() { [line] = quantity };

    private async Task<Guid> OpenedAsync(Received r, AfterSaleKind kind, Dictionary<Guid, int> units, string? amount = null)
    {
        var opened = await app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, kind, AfterSaleReasons.NoReason, null, units, amount));
        opened.Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        return opened.Value;
    }

    private Task<List<PaymentRefund>> RefundsAsync(Guid orderId) =>
        app.QueryAsync<PaymentsDbContext, List<PaymentRefund>>(db => db.Payments.AsNoTracking().Where(p => p.OrderId == orderId)
            .SelectMany(p => p.Refunds).ToListAsync());

    [Fact]
    public async Task A_buyer_returns_one_of_two_lines_and_gets_exactly_what_was_paid_for_it_with_the_goods_back_in_stock()
    {
        var r = await app.ReceivedOrderAsync();
        var before = await app.OnHandAsync(r.SkuA);
        var id = await OpenedAsync(r, AfterSaleKind.ReturnAndRefund, Units(r.LineA, 2));
        (await app.RequestAsync(id)).CapFen.ShouldBe(25600);

        (await app.SendAsync(new AgreeAfterSale(r.Merchant.OwnerId, id))).Errors.ShouldBeEmpty();
        (await app.RequestAsync(id)).Status.ShouldBe(AfterSaleStatus.AwaitingReturn);
        (await app.SendAsync(new ShipBackAfterSale(r.Buyer, id, "SF", "SF1234567890"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ReceiveReturnedGoods(r.Merchant.OwnerId, id, true, null))).Errors.ShouldBeEmpty();
        // A double click, or the page posted again: nothing more happens.
        (await app.SendAsync(new ReceiveReturnedGoods(r.Merchant.OwnerId, id, true, null))).Errors.Single().Code.ShouldBe("conflict");
        await app.DeliverAllAsync();

        var request = await app.RequestAsync(id);
        (request.Status, request.RefundedFen).ShouldBe((AfterSaleStatus.Refunded, 25600L));
        request.Steps.OrderBy(s => s.Sequence).Select(s => s.Action).ShouldBe([AfterSaleActions.Opened, AfterSaleActions.Agreed, AfterSaleActions.ShippedBack,
            AfterSaleActions.GoodsAccepted, AfterSaleActions.Refunded]);
        request.Steps.Single(s => s.Action == AfterSaleActions.ShippedBack).Note.ShouldBe("顺丰速运 SF1234567890");
        (await RefundsAsync(r.OrderId)).Select(x => x.AmountFen).ShouldBe([25600L]);
        var order = await app.OrderAsync(r.OrderId);
        (order.RefundFen, order.Refund).ShouldBe((25600L, RefundStatus.Refunded));
        order.SubOrders.Single().OpenAfterSales.ShouldBe(0);
        (await app.QueryAsync<ReturnsDbContext, int>(db => db.OutboxMessages.CountAsync(m => m.ProcessedUtc == null))).ShouldBe(0);
        (await app.OnHandAsync(r.SkuA)).ShouldBe(before + 2);
        (await app.OnHandAsync(r.SkuB)).ShouldBe(9); // the other line stays sold
    }

    [Fact]
    public async Task Refund_only_is_refunded_when_the_merchant_agrees_and_never_above_what_is_left_on_the_line()
    {
        var r = await app.ReceivedOrderAsync();
        var tooMuch = await app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.RefundOnly, AfterSaleReasons.NoReason, null, Units(r.LineB, 1), "66.01"));
        tooMuch.Errors.Single().Field.ShouldBe("Amount");
        var id = await OpenedAsync(r, AfterSaleKind.RefundOnly, Units(r.LineB, 1), "20.00");

        // One open request per line: a second one is refused next to the line's quantity.
        var again = await app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.RefundOnly, AfterSaleReasons.NoReason, null, Units(r.LineB, 1), null));
        again.Errors.Single().Field.ShouldBe($"Quantities[{r.LineB}]");

        (await app.SendAsync(new AgreeAfterSale(r.Merchant.OwnerId, id))).Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        (await app.RequestAsync(id)).Status.ShouldBe(AfterSaleStatus.Refunded);

        // 46.00 is left on the line: a second request is capped there.
        var second = await app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.RefundOnly, "质量问题", "瓶盖漏酒", Units(r.LineB, 1), null));
        second.Errors.ShouldBeEmpty();
        (await app.RequestAsync(second.Value)).CapFen.ShouldBe(4600);
        (await app.SendAsync(new AgreeAfterSale(r.Merchant.OwnerId, second.Value))).Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        var third = await app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.RefundOnly, "质量问题", "还是漏", Units(r.LineB, 1), null));
        third.Errors.Single().Message.ShouldBe("该商品已全额退款");

        (await RefundsAsync(r.OrderId)).Sum(x => x.AmountFen).ShouldBe(6600);
        var order = await app.OrderAsync(r.OrderId);
        (order.RefundFen, order.Refund).ShouldBe((6600L, RefundStatus.Refunded));
        (await app.SendAsync(new GetMyOrder(r.Buyer, r.OrderId)))!.RefundFen.ShouldBe(6600);
    }

    [Fact]
    public async Task The_merchant_agreeing_and_the_deadline_job_at_the_same_moment_refund_once()
    {
        var r = await app.ReceivedOrderAsync();
        var id = await OpenedAsync(r, AfterSaleKind.RefundOnly, Units(r.LineB, 1));
        app.Clock.Advance(app.Services.GetRequiredService<IOptions<ReturnsOptions>>().Value.MerchantReply + TimeSpan.FromMinutes(1));

        var results = await Task.WhenAll(
            app.SendAsync(new AgreeAfterSale(r.Merchant.OwnerId, id)),
            app.SendAsync(new AutoAgreeAfterSale(id)),
            app.SendAsync(new AgreeAfterSale(r.Merchant.OwnerId, id)));
        results.Count(x => x.IsSuccess).ShouldBe(1);
        await app.DeliverAllAsync();

        (await RefundsAsync(r.OrderId)).Select(x => x.AmountFen).ShouldBe([6600L]);
        (await app.QueryAsync<ReturnsDbContext, long>(db => db.RefundCaps.Where(c => c.Key == r.LineB).Select(c => c.RefundedFen).SingleAsync())).ShouldBe(6600);
        (await app.OrderAsync(r.OrderId)).RefundFen.ShouldBe(6600);
    }

    [Fact]
    public async Task Two_requests_opened_on_one_line_at_once_leave_one_open()
    {
        var r = await app.ReceivedOrderAsync();
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.RefundOnly, AfterSaleReasons.NoReason, null, Units(r.LineA, 1), null))));
        results.Count(x => x.IsSuccess).ShouldBe(1);
        (await app.QueryAsync<ReturnsDbContext, int>(db => db.Lines.CountAsync(l => l.OrderLineId == r.LineA && l.IsOpen))).ShouldBe(1);
    }

    [Fact]
    public async Task The_database_refuses_a_refund_above_the_line_cap_whatever_the_code_believes()
    {
        var r = await app.ReceivedOrderAsync();
        var id = await OpenedAsync(r, AfterSaleKind.RefundOnly, Units(r.LineB, 1));
        // Another refund of this line slipped in (as a racing node would): what is left is now less than the request.
        await app.QueryAsync<ReturnsDbContext, int>(db => db.RefundCaps.Where(c => c.Key == r.LineB).ExecuteUpdateAsync(u => u.SetProperty(c => c.RefundedFen, 100)));

        (await app.SendAsync(new AgreeAfterSale(r.Merchant.OwnerId, id))).Errors.Single().Code.ShouldBe("conflict");
        await app.DeliverAllAsync();
        (await app.RequestAsync(id)).Status.ShouldBe(AfterSaleStatus.AwaitingMerchant); // rolled back whole
        (await RefundsAsync(r.OrderId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_refusal_taken_to_the_platform_is_decided_for_the_buyer_finally()
    {
        var r = await app.ReceivedOrderAsync();
        var id = await OpenedAsync(r, AfterSaleKind.RefundOnly, Units(r.LineA, 1));
        (await app.SendAsync(new RefuseAfterSale(r.Merchant.OwnerId, id, " "))).Errors.Single().Field.ShouldBe("Note");
        (await app.SendAsync(new RefuseAfterSale(r.Merchant.OwnerId, id, "商品已拆封影响二次销售"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new EscalateAfterSale(r.Buyer, id, ""))).Errors.Single().Field.ShouldBe("Note");
        (await app.SendAsync(new EscalateAfterSale(r.Buyer, id, "七天无理由，商品完好"))).Errors.ShouldBeEmpty();

        var queue = await app.SendAsync(new ListPlatformAfterSales(true, 1));
        queue.Items.ShouldContain(x => x.Id == id);
        var admin = await app.ReviewerAsync();
        (await app.SendAsync(new DecideAfterSale(admin, id, true, "999", "核实商品完好"))).Errors.Single().Field.ShouldBe("Amount");
        (await app.SendAsync(new DecideAfterSale(admin, id, true, "100.00", "核实商品完好，支持退款"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new DecideAfterSale(admin, id, false, null, "改判"))).Errors.Single().Code.ShouldBe("conflict");
        await app.DeliverAllAsync();

        var request = await app.RequestAsync(id);
        (request.Status, request.RefundedFen, request.DecidedByPlatform).ShouldBe((AfterSaleStatus.Refunded, 10000L, true));
        // Each side heard of what the other did (never of its own steps), and both of the platform's refund.
        Task<List<string>> InboxAsync(Guid user) => app.QueryAsync<NotificationsDbContext, List<string>>(db =>
            db.Notifications.Where(n => n.UserId == user && n.Link!.EndsWith(id.ToString())).OrderBy(n => n.CreatedUtc).Select(n => n.Body).ToListAsync());
        (await InboxAsync(r.Buyer)).ShouldBe(["售后单 {0} 被商家拒绝，可以申请平台介入", "售后单 {0} 已退款 {1}"], ignoreOrder: true);
        (await InboxAsync(r.Merchant.OwnerId)).ShouldBe(["订单 {0} 有新的售后申请 {1}，请及时处理", "售后单 {0} 的买家已申请平台介入", "售后单 {0} 已退款 {1}"],
            ignoreOrder: true);
        request.Steps.Select(s => s.Party).ShouldContain(AfterSaleParty.Platform);
        (await RefundsAsync(r.OrderId)).Select(x => x.AmountFen).ShouldBe([10000L]);
    }

    [Fact]
    public async Task A_counter_offer_accepted_by_the_buyer_refunds_the_offered_amount()
    {
        var r = await app.ReceivedOrderAsync();
        var id = await OpenedAsync(r, AfterSaleKind.RefundOnly, Units(r.LineA, 1), null);
        (await app.SendAsync(new OfferAfterSaleAmount(r.Merchant.OwnerId, id, "128.00", null))).Errors.Single().Field.ShouldBe("Amount");
        (await app.SendAsync(new OfferAfterSaleAmount(r.Merchant.OwnerId, id, "abc", null))).Errors.Single().Field.ShouldBe("Amount");
        (await app.SendAsync(new OfferAfterSaleAmount(r.Merchant.OwnerId, id, "30", "外盒轻微压痕，补偿 30 元"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new AcceptAfterSaleOffer(r.Buyer, id))).Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        (await app.RequestAsync(id)).RefundedFen.ShouldBe(3000);
        (await RefundsAsync(r.OrderId)).Select(x => x.AmountFen).ShouldBe([3000L]);
    }

    [Fact]
    public async Task A_cash_on_delivery_refund_is_recorded_as_owed_by_the_merchant_without_the_gateway()
    {
        var r = await app.ReceivedOrderAsync(PayBy.CashOnDelivery);
        var id = await OpenedAsync(r, AfterSaleKind.RefundOnly, Units(r.LineB, 1));
        (await app.SendAsync(new AgreeAfterSale(r.Merchant.OwnerId, id))).Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        var request = await app.RequestAsync(id);
        (request.PaidOnline, request.Status).ShouldBe((false, AfterSaleStatus.Refunded));
        (await RefundsAsync(r.OrderId)).ShouldBeEmpty();
        var order = await app.OrderAsync(r.OrderId);
        (order.RefundFen, order.Refund).ShouldBe((6600L, RefundStatus.Refunded));
    }

    [Fact]
    public async Task Another_buyer_and_another_merchant_find_nothing()
    {
        var r = await app.ReceivedOrderAsync();
        var other = await app.ReceivedOrderAsync();
        var id = await OpenedAsync(r, AfterSaleKind.RefundOnly, Units(r.LineB, 1));

        (await app.SendAsync(new OpenAfterSale(other.Buyer, r.SubOrderId, AfterSaleKind.RefundOnly, AfterSaleReasons.NoReason, null, Units(r.LineB, 1), null)))
            .IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new GetAfterSaleForm(other.Buyer, r.SubOrderId))).ShouldBeNull();
        (await app.SendAsync(new GetAfterSale(AfterSaleViewer.Buyer, other.Buyer, id))).ShouldBeNull();
        (await app.SendAsync(new GetAfterSale(AfterSaleViewer.Merchant, other.Merchant.OwnerId, id))).ShouldBeNull();
        (await app.SendAsync(new WithdrawAfterSale(other.Buyer, id))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new AgreeAfterSale(other.Merchant.OwnerId, id))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new ListShopAfterSales(other.Merchant.OwnerId, DeskFilter.All, 1)))!.Rows.Items.ShouldNotContain(x => x.Id == id);
        (await app.SendAsync(new ListMyAfterSales(other.Buyer, 1))).Items.ShouldNotContain(x => x.Id == id);
        (await app.RequestAsync(id)).Status.ShouldBe(AfterSaleStatus.AwaitingMerchant);
        // A line of another sub-order slipped into the form is not this sub-order's: not found, nothing opened.
        (await app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.RefundOnly, AfterSaleReasons.NoReason, null,
            new Dictionary<Guid, int> { [r.LineA] = 1, [other.LineA] = 1 }, null))).IsNotFound.ShouldBeTrue();
    }

    [Fact]
    public async Task An_open_request_holds_off_automatic_receipt_until_it_ends()
    {
        var r = await app.ReceivedOrderAsync(confirm: false);
        var id = await OpenedAsync(r, AfterSaleKind.ReturnAndRefund, Units(r.LineA, 1));
        var options = app.Services.GetRequiredService<IOptions<OrderingOptions>>().Value;
        app.Clock.Advance(TimeSpan.FromDays(options.AutoConfirmDays) + TimeSpan.FromMinutes(1));
        Task<int> ConfirmJobAsync() => app.WithScopeAsync(sp => AutoConfirmReceiptJob.RunAsync(sp.GetRequiredService<IServiceScopeFactory>(), app.Clock, options, CancellationToken.None));

        await ConfirmJobAsync();
        (await app.OrderAsync(r.OrderId)).Status.ShouldBe(OrderStatus.Shipped);
        (await app.SendAsync(new WithdrawAfterSale(r.Buyer, id))).Errors.ShouldBeEmpty();
        await app.DeliverAllAsync();
        await ConfirmJobAsync();
        (await app.OrderAsync(r.OrderId)).Status.ShouldBe(OrderStatus.Received);
    }

    [Fact]
    public async Task The_job_agrees_for_a_silent_merchant_and_closes_a_refusal_the_buyer_left()
    {
        var r = await app.ReceivedOrderAsync();
        var silent = await OpenedAsync(r, AfterSaleKind.RefundOnly, Units(r.LineB, 1));
        var refused = await OpenedAsync(r, AfterSaleKind.RefundOnly, Units(r.LineA, 1));
        (await app.SendAsync(new RefuseAfterSale(r.Merchant.OwnerId, refused, "已超过无理由期限"))).Errors.ShouldBeEmpty();
        var options = app.Services.GetRequiredService<IOptions<ReturnsOptions>>().Value;
        Task<(int, int)> RunJobAsync() => app.WithScopeAsync(sp => AfterSaleDeadlinesJob.RunAsync(sp.GetRequiredService<IServiceScopeFactory>(), app.Clock, options, CancellationToken.None));

        // Other tests' requests share this database and clock: each step checks these two requests, not the job's counts.
        app.Clock.Advance(options.MerchantReply - TimeSpan.FromMinutes(1));
        await RunJobAsync();
        (await app.RequestAsync(silent)).Status.ShouldBe(AfterSaleStatus.AwaitingMerchant);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        (await RunJobAsync()).Item1.ShouldBeGreaterThanOrEqualTo(1);
        (await app.RequestAsync(refused)).Status.ShouldBe(AfterSaleStatus.Refused);
        app.Clock.Advance(options.BuyerTurn);
        (await RunJobAsync()).Item2.ShouldBeGreaterThanOrEqualTo(1);
        await app.DeliverAllAsync();

        var agreed = await app.RequestAsync(silent);
        (agreed.Status, agreed.Steps.Any(s => s.Party == AfterSaleParty.System && s.Action == AfterSaleActions.AutoAgreed)).ShouldBe((AfterSaleStatus.Refunded, true));
        (await app.RequestAsync(refused)).Status.ShouldBe(AfterSaleStatus.Closed);
        (await app.OrderAsync(r.OrderId)).SubOrders.Single().OpenAfterSales.ShouldBe(0);
    }

    [Fact]
    public async Task Past_the_no_reason_period_only_a_fault_with_a_description_may_be_claimed()
    {
        var r = await app.ReceivedOrderAsync();
        var options = app.Services.GetRequiredService<IOptions<ReturnsOptions>>().Value;
        app.Clock.Advance(TimeSpan.FromDays(options.NoReasonDays) + TimeSpan.FromHours(1));

        (await app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.ReturnAndRefund, AfterSaleReasons.NoReason, null, Units(r.LineA, 1), null)))
            .Errors.Single().Field.ShouldBe("Reason");
        (await app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.ReturnAndRefund, "质量问题", null, Units(r.LineA, 1), null)))
            .Errors.Single().Field.ShouldBe("Description");
        (await app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.ReturnAndRefund, "质量问题", "酒体浑浊", Units(r.LineA, 1), null)))
            .Errors.ShouldBeEmpty();
        app.Clock.Advance(TimeSpan.FromDays(options.QualityDays));
        (await app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.RefundOnly, "商品破损", "瓶身裂开", Units(r.LineB, 1), null)))
            .Errors.Single().Field.ShouldBe("Reason");
    }

    [Fact]
    public async Task Photos_go_with_the_step_they_prove_and_a_bad_one_stops_the_step_before_anything_is_stored()
    {
        var r = await app.ReceivedOrderAsync();
        var bad = await app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.RefundOnly, "商品破损", "瓶身裂开", Units(r.LineB, 1), null,
            [new UploadedImage(PngWriter.Solid(300, 300, 200, 30, 30)), new UploadedImage("not a picture"u8.ToArray())]));
        bad.Errors.Single().Field.ShouldBe("Images");
        (await app.QueryAsync<ReturnsDbContext, int>(db => db.Requests.CountAsync(x => x.SubOrderId == r.SubOrderId))).ShouldBe(0);

        var opened = await app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.RefundOnly, "商品破损", "瓶身裂开", Units(r.LineB, 1), null,
            [new UploadedImage(PngWriter.Solid(300, 300, 200, 30, 30)), new UploadedImage(PngWriter.Solid(400, 300, 20, 30, 200))]));
        opened.Errors.ShouldBeEmpty();
        (await app.SendAsync(new RefuseAfterSale(r.Merchant.OwnerId, opened.Value, "签收时完好", [new UploadedImage(PngWriter.Solid(250, 250, 1, 1, 1))]))).Errors.ShouldBeEmpty();
        var seen = (await app.SendAsync(new GetAfterSale(AfterSaleViewer.Buyer, r.Buyer, opened.Value)))!;
        seen.Photos.GroupBy(p => p.StepSequence).ToDictionary(g => g.Key, g => g.Count()).ShouldBe(new Dictionary<int, int> { [1] = 2, [2] = 1 });
        seen.Photos.ShouldAllBe(p => app.Services.GetRequiredService<IFileStore>().OpenRead(p.StoredName) != null);
        seen.Photos.Single(p => p.StepSequence == 2).Width.ShouldBe(250);
    }
}

public sealed class AfterSaleSlicesOnSqlite(SqliteApp app) : AfterSaleSlices(app), IClassFixture<SqliteApp>;

public sealed class AfterSaleSlicesOnPostgreSql(PostgreSqlApp app) : AfterSaleSlices(app), IClassFixture<PostgreSqlApp>;
