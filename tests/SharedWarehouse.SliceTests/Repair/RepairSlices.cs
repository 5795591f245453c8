using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Notifications.Data;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Payments.Domain;
using SharedWarehouse.Modules.Payments.Gateways.Simulator;
using SharedWarehouse.Modules.Repair.Domain;
using SharedWarehouse.Modules.Repair.Features.Buyer;
using SharedWarehouse.Modules.Repair.Features.Deadlines;
using SharedWarehouse.Modules.Repair.Features.Merchant;
using SharedWarehouse.Modules.Repair.Features.Queries;
using SharedWarehouse.Modules.Repair.Features.Requests;
using SharedWarehouse.Modules.Repair.Features.Terms;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Consignment;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Inventory;
using SharedWarehouse.SliceTests.Payments;
using SharedWarehouse.SliceTests.Returns;
using SharedWarehouse.SliceTests.Wallet;

namespace SharedWarehouse.SliceTests.Repair;

/// Repairs through the real dispatcher with Ordering, Payments (simulated gateway), Inventory and Notifications behind them.
public abstract class RepairSlices(AppFixture app)
{
    private async Task<StartedPayment> PaymentStartedAsync(RepairCase c, Guid id)
    {
        var url = await app.SendAsync(new PayRepairQuote(c.Order.Buyer, id));
        url.Errors.ShouldBeEmpty();
        var payment = await app.QueryAsync<PaymentsDbContext, Payment>(db => db.Payments.AsNoTracking().SingleAsync(p => p.OrderId == id && p.Status == PaymentStatus.Pending));
        url.Value.ShouldBe(payment.PayUrl);
        return new StartedPayment(id, payment.Id, Guid.Parse(payment.ChargeId!), url.Value, payment.AmountFen);
    }

    private Task<List<PaymentRefund>> RefundsAsync(Guid repairId) =>
        app.QueryAsync<PaymentsDbContext, List<PaymentRefund>>(db => db.Payments.AsNoTracking().Where(p => p.OrderId == repairId).SelectMany(p => p.Refunds).ToListAsync());

    [Fact]
    public async Task Out_of_warranty_a_paid_quote_and_parts_from_stock_take_the_item_through_to_a_repair_warranty()
    {
        var c = await app.RepairCaseAsync();
        var id = await app.OpenedRepairAsync(c);
        await app.DeliverAllAsync();
        (await app.RepairAsync(id)).Warranty.ShouldBe(WarrantyBasis.None); // no terms: the default, no warranty
        (await app.SendAsync(new AcceptRepair(c.Order.Merchant.OwnerId, id))).Errors.Single().Code.ShouldBe("conflict"); // must quote
        await app.QuotedAsync(c, id);
        var payment = await PaymentStartedAsync(c, id);
        payment.AmountFen.ShouldBe(5000);

        // The gateway notifies every time twice with stale ones around, and once more straight at the endpoint: paid once.
        var (duplicates, reorders) = (app.Simulator().DuplicateRate, app.Simulator().ReorderRate);
        (app.Simulator().DuplicateRate, app.Simulator().ReorderRate) = (1, 1);
        try { await app.PaySimulatedAsync(payment); }
        finally { (app.Simulator().DuplicateRate, app.Simulator().ReorderRate) = (duplicates, reorders); }
        await app.NotifyAsync(app.Signed(payment, "success", notifyId: "again"));
        await app.DeliverEverythingAsync();
        var paid = await app.RepairAsync(id);
        (paid.Status, paid.PaidFen, paid.PaymentId).ShouldBe((RepairStatus.AwaitingItem, 5000L, (Guid?)payment.PaymentId));
        paid.Steps.Count(s => s.Action == RepairActions.Paid).ShouldBe(1);
        (await RefundsAsync(id)).ShouldBeEmpty();

        (await app.SendAsync(new SendRepairItem(c.Order.Buyer, id, false, "SF", "SF1234567890"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ReceiveRepairItem(c.Order.Merchant.OwnerId, id))).Errors.ShouldBeEmpty();
        var before = await app.OnHandAsync(c.PartSku);
        var issued = await app.SendAsync(new IssueRepairPart(c.Order.Merchant.OwnerId, id, c.PartCode, 2));
        issued.Errors.ShouldBeEmpty();
        var tooMany = await app.SendAsync(new IssueRepairPart(c.Order.Merchant.OwnerId, id, c.PartCode, 9)); // 8 left
        tooMany.Errors.Single().Field.ShouldBe("Quantity");
        (await app.SendAsync(new IssueRepairPart(c.Order.Merchant.OwnerId, id, "NO-SUCH-CODE", 1))).Errors.Single().Field.ShouldBe("SkuCode");
        (await app.SendAsync(new RecordRepairWork(c.Order.Merchant.OwnerId, id, "更换指示灯"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ShipRepairBack(c.Order.Merchant.OwnerId, id, "SF", "SF0987654321"))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ConfirmRepair(c.Order.Buyer, id))).Errors.ShouldBeEmpty();
        await app.DeliverEverythingAsync();

        var done = await app.RepairAsync(id);
        (done.Status, done.IsOpen).ShouldBe((RepairStatus.Completed, false));
        done.RepairWarrantyUntilUtc.ShouldBe(app.Clock.GetUtcNow().UtcDateTime.AddDays(90));
        done.Parts.Single().Reference.ShouldBe(issued.Value);
        done.Steps.OrderBy(s => s.Sequence).Select(s => s.Action).ShouldBe([RepairActions.Requested, RepairActions.Quoted, RepairActions.Paid,
            RepairActions.ItemSent, RepairActions.Received, RepairActions.PartUsed, RepairActions.WorkRecorded, RepairActions.ShippedBack, RepairActions.Completed]);
        var movements = await app.MovementsAsync(issued.Value);
        movements.ShouldAllBe(m => m.Type == MovementType.Repair && m.SkuId == c.PartSku && m.OwnerShopId == c.Order.Merchant.ShopId);
        movements.Sum(m => m.Quantity).ShouldBe(-2);
        (await app.OnHandAsync(c.PartSku)).ShouldBe(before - 2);
        await InventoryGiven.LedgerShouldBalanceAsync(app);
        (await app.NotificationsAsync(c.Order.Buyer, "维修进展")).ShouldBe(3); // quoted, received, shipped back
        (await app.NotificationsAsync(c.Order.Merchant.OwnerId, "维修进展")).ShouldBe(4); // new, paid, sent, confirmed
    }

    [Fact]
    public async Task In_the_product_s_warranty_the_repair_is_free_and_a_product_the_shop_does_not_repair_is_refused()
    {
        var c = await app.RepairCaseAsync();
        var productId = (await app.OrderAsync(c.Order.OrderId)).SubOrders.Single().Lines.Single(l => l.Id == c.Order.LineA).ProductId;
        (await app.SendAsync(new SaveRepairTerm(c.Order.Merchant.OwnerId, productId, "abc", true))).Errors.Single().Field.ShouldBe("WarrantyMonths");
        (await app.SendAsync(new SaveRepairTerm(c.Order.Merchant.OwnerId, productId, "0", false))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new OpenRepair(c.Order.Buyer, c.Order.SubOrderId, c.Order.LineA, "坏了"))).Errors.Single().Message.ShouldBe("该商品不提供维修服务");
        (await app.SendAsync(new SaveRepairTerm(c.Order.Merchant.OwnerId, productId, "12", true))).Errors.ShouldBeEmpty();
        var other = await app.MerchantAsync();
        (await app.SendAsync(new SaveRepairTerm(other.OwnerId, productId, "1", true))).IsNotFound.ShouldBeTrue();

        var id = await app.OpenedRepairAsync(c);
        (await app.SendAsync(new OpenRepair(c.Order.Buyer, c.Order.SubOrderId, c.Order.LineA, "又坏了"))).Errors.Single().Field.ShouldBe("LineId"); // one open per line
        (await app.RepairAsync(id)).Warranty.ShouldBe(WarrantyBasis.ProductWarranty);
        (await app.SendAsync(new QuoteRepair(c.Order.Merchant.OwnerId, id, "1", "1", "2099-01-01", null))).Errors.Single().Code.ShouldBe("conflict");
        (await app.SendAsync(new AcceptRepair(other.OwnerId, id))).IsNotFound.ShouldBeTrue(); // another shop
        (await app.SendAsync(new AcceptRepair(c.Order.Merchant.OwnerId, id))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new PayRepairQuote(c.Order.Buyer, id))).Errors.Single().Code.ShouldBe("conflict"); // nothing to pay
        (await app.SendAsync(new SendRepairItem(c.Order.Buyer, id, true, null, null))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ReceiveRepairItem(c.Order.Merchant.OwnerId, id))).Errors.ShouldBeEmpty();
        (await app.RepairAsync(id)).Status.ShouldBe(RepairStatus.InRepair);
        (await app.QueryAsync<PaymentsDbContext, int>(db => db.Payments.CountAsync(p => p.OrderId == id))).ShouldBe(0);
    }

    [Fact]
    public async Task A_double_click_on_issuing_a_part_takes_the_stock_once()
    {
        var c = await app.RepairCaseAsync();
        var id = await app.OpenedRepairAsync(c);
        await app.QuotedAsync(c, id);
        var payment = await PaymentStartedAsync(c, id);
        await app.PaySimulatedAsync(payment);
        (await app.SendAsync(new ReceiveRepairItem(c.Order.Merchant.OwnerId, id))).Errors.ShouldBeEmpty(); // brought to the counter
        var before = await app.OnHandAsync(c.PartSku);

        // Four posts of the same form (part 1), at once or one after another on a slow machine: one issue.
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            app.SendAsync(new IssueRepairPart(c.Order.Merchant.OwnerId, id, c.PartCode, 3, PartNumber: 1)))));
        results.Count(r => r.IsSuccess).ShouldBeGreaterThanOrEqualTo(1);
        (await app.SendAsync(new IssueRepairPart(c.Order.Merchant.OwnerId, id, c.PartCode, 3, PartNumber: 1))).Value.ShouldEndWith("-P1");
        (await app.SendAsync(new IssueRepairPart(c.Order.Merchant.OwnerId, id, c.PartCode, 2, PartNumber: 1))).Errors.Single().Code.ShouldBe("conflict");
        (await app.SendAsync(new IssueRepairPart(c.Order.Merchant.OwnerId, id, c.PartCode, 1, PartNumber: 5))).Errors.Single().Code.ShouldBe("conflict");

        var repair = await app.RepairAsync(id);
        repair.Parts.Count.ShouldBe(1);
        repair.Steps.Count(s => s.Action == RepairActions.PartUsed).ShouldBe(1);
        (await app.MovementsAsync(repair.Parts.Single().Reference)).Sum(m => m.Quantity).ShouldBe(-3);
        (await app.OnHandAsync(c.PartSku)).ShouldBe(before - 3);
        await InventoryGiven.LedgerShouldBalanceAsync(app);

        // The next part is a new issue under the next reference.
        var next = await app.SendAsync(new IssueRepairPart(c.Order.Merchant.OwnerId, id, c.PartCode, 1));
        next.Value.ShouldBe($"{repair.Number}-P2");
        (await app.OnHandAsync(c.PartSku)).ShouldBe(before - 4);
    }

    [Fact]
    public async Task A_payment_captured_after_the_buyer_declined_the_quote_is_refunded_and_the_repair_stays_declined()
    {
        var c = await app.RepairCaseAsync();
        var id = await app.OpenedRepairAsync(c);
        await app.QuotedAsync(c, id, parts: "0", labour: "88.00");
        var payment = await PaymentStartedAsync(c, id); // the pay page is open in another tab
        (await app.SendAsync(new DeclineRepairQuote(c.Order.Buyer, id))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new PayRepairQuote(c.Order.Buyer, id))).Errors.Single().Code.ShouldBe("conflict");
        await app.PaySimulatedAsync(payment);
        await app.DeliverEverythingAsync();

        var repair = await app.RepairAsync(id);
        (repair.Status, repair.PaidFen).ShouldBe((RepairStatus.Declined, 0L));
        (await RefundsAsync(id)).Select(r => r.AmountFen).ShouldBe([8800L]);
    }

    [Fact]
    public async Task A_quote_left_unpaid_past_its_day_is_closed_by_the_job_and_a_new_repair_may_be_asked()
    {
        var c = await app.RepairCaseAsync();
        var id = await app.OpenedRepairAsync(c);
        await app.QuotedAsync(c, id);
        await RepairDeadlinesJob.RunAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock, default);
        (await app.RepairAsync(id)).Status.ShouldBe(RepairStatus.Quoted); // payable until the end of the day
        app.Clock.Advance(TimeSpan.FromDays(1));
        (await RepairDeadlinesJob.RunAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock, default)).ShouldBeGreaterThanOrEqualTo(1);
        (await app.RepairAsync(id)).Status.ShouldBe(RepairStatus.QuoteExpired);
        (await app.SendAsync(new PayRepairQuote(c.Order.Buyer, id))).Errors.Single().Code.ShouldBe("conflict");
        (await app.SendAsync(new OpenRepair(c.Order.Buyer, c.Order.SubOrderId, c.Order.LineA, "还是不亮"))).Errors.ShouldBeEmpty();
    }
}

public sealed class RepairSlicesOnSqlite(SqliteApp app) : RepairSlices(app), IClassFixture<SqliteApp>;

public sealed class RepairSlicesOnPostgreSql(PostgreSqlApp app) : RepairSlices(app), IClassFixture<PostgreSqlApp>;

/// The pages' queries on both providers: the desk's filters and counts, the buyer's list, one repair, the request form,
/// the terms page; each only ever shows the viewer's own.
public abstract class RepairQuerySlices(AppFixture app)
{
    [Fact]
    public async Task The_desk_counts_each_filter_and_every_list_shows_only_the_viewer_s_repairs()
    {
        var c = await app.RepairCaseAsync();
        var quoted = await app.OpenedRepairAsync(c);
        await app.QuotedAsync(c, quoted);
        var requested = (await app.SendAsync(new OpenRepair(c.Order.Buyer, c.Order.SubOrderId, c.Order.LineB, "瓶身有裂纹"))).Value;
        var owner = c.Order.Merchant.OwnerId;

        var desk = (await app.SendAsync(new ListShopRepairs(owner, RepairFilter.Open, 1)))!;
        desk.Rows.Items.Select(r => r.Id).ShouldBe([requested, quoted], ignoreOrder: true);
        (desk.Counts[RepairFilter.Open], desk.Counts[RepairFilter.New], desk.Counts[RepairFilter.WaitingPayment], desk.Counts[RepairFilter.ToReceive],
            desk.Counts[RepairFilter.InRepair], desk.Counts[RepairFilter.ToReturn], desk.Counts[RepairFilter.Overdue]).ShouldBe((2, 1, 1, 0, 0, 0, 0));
        (await app.SendAsync(new ListShopRepairs(owner, RepairFilter.WaitingPayment, 1)))!.Rows.Items.Single().QuoteFen.ShouldBe(5000);
        app.Clock.Advance(TimeSpan.FromDays(1)); // the quote's day is over, the job has not run yet
        (await app.SendAsync(new ListShopRepairs(owner, RepairFilter.Overdue, 1)))!.Rows.Items.Single().Id.ShouldBe(quoted);

        (await app.SendAsync(new ListMyRepairs(c.Order.Buyer, 1))).Items.Select(r => r.Id).ShouldBe([requested, quoted], ignoreOrder: true);
        (await app.SendAsync(new GetRepair(false, c.Order.Buyer, quoted)))!.Steps.Select(s => s.Sequence).ShouldBe([1, 2]);
        (await app.SendAsync(new GetRepair(true, owner, quoted)))!.Number.ShouldStartWith("RP");
        (await app.SendAsync(new GetRepairForm(c.Order.Buyer, c.Order.SubOrderId)))!.OpenLines.ShouldBe([c.Order.LineA, c.Order.LineB], ignoreOrder: true);
        (await app.SendAsync(new ListRepairTerms(owner)))!.ShouldContain(t => t.IsDefault && t.AcceptsRepairs);

        var stranger = await app.MerchantAsync();
        (await app.SendAsync(new ListShopRepairs(stranger.OwnerId, RepairFilter.All, 1)))!.Rows.Total.ShouldBe(0);
        (await app.SendAsync(new GetRepair(true, stranger.OwnerId, quoted))).ShouldBeNull();
        (await app.SendAsync(new GetRepair(false, stranger.OwnerId, quoted))).ShouldBeNull();
        (await app.SendAsync(new GetRepairForm(stranger.OwnerId, c.Order.SubOrderId))).ShouldBeNull();
        (await app.SendAsync(new ListMyRepairs(stranger.OwnerId, 1))).Total.ShouldBe(0);
    }
}

public sealed class RepairQuerySlicesOnSqlite(SqliteApp app) : RepairQuerySlices(app), IClassFixture<SqliteApp>;

public sealed class RepairQuerySlicesOnPostgreSql(PostgreSqlApp app) : RepairQuerySlices(app), IClassFixture<PostgreSqlApp>;
