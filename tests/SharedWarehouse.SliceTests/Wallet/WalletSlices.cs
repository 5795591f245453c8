using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Payments.Gateways.Simulator;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.Modules.Wallet.Data;
using SharedWarehouse.Modules.Wallet.Domain;
using SharedWarehouse.Modules.Wallet.Features;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Payments;
using SharedWarehouse.SharedKernel;
using static SharedWarehouse.SliceTests.Wallet.WalletGiven;

namespace SharedWarehouse.SliceTests.Wallet;

public abstract class WalletSlices(AppFixture app)
{
    // Hold documents are unique across the database the tests of a class share: each test gets its own.
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    private WalletDocument D(string id) => Doc($"{id}-{_run}");

    [Fact]
    public async Task A_recharge_is_credited_once_however_often_and_in_whatever_order_the_gateway_notifies()
    {
        var m = await app.MerchantAsync();
        var (recharge, payment) = await app.RechargeStartedAsync(m, "500.50");
        payment.AmountFen.ShouldBe(50_050);

        var (duplicates, reorders) = (app.Simulator().DuplicateRate, app.Simulator().ReorderRate);
        (app.Simulator().DuplicateRate, app.Simulator().ReorderRate) = (1, 1); // every notification twice, stale ones around it
        try { await app.PaySimulatedAsync(payment); }
        finally { (app.Simulator().DuplicateRate, app.Simulator().ReorderRate) = (duplicates, reorders); }
        // The same success once more, and a stale failure after it, straight to the notify endpoint.
        var paid = await app.PaymentAsync(payment.PaymentId);
        await app.NotifyAsync(app.Signed(payment, "success", notifyId: "again"));
        await app.NotifyAsync(app.Signed(payment, "failed", notifyId: "stale"));
        await app.DeliverEverythingAsync();

        paid.GatewayTransactionId.ShouldNotBeNull();
        var balance = await app.BalanceAsync(m.ShopId);
        balance.BalanceFen.ShouldBe(50_050);
        var entries = await app.EntriesAsync(m.ShopId);
        entries.Single().Kind.ShouldBe(LedgerKind.Recharge);
        entries.Single().DocumentId.ShouldBe(recharge.Number);
        (await app.QueryAsync<WalletDbContext, Recharge>(db => db.Recharges.AsNoTracking().SingleAsync(r => r.Id == recharge.Id)))
            .Status.ShouldBe(RechargeStatus.Credited);
        (await app.WalletEventsAsync<WalletFunded>(m.ShopId)).ShouldBe(1);
        (await app.NotificationsAsync(m.OwnerId, "钱包充值成功")).ShouldBe(1);
        await app.LedgerShouldBalanceAsync(m.ShopId);
    }

    [Fact]
    public async Task Bad_recharge_amounts_are_refused_next_to_the_field_and_start_nothing()
    {
        var m = await app.MerchantAsync();
        foreach (var bad in new[] { "", "abc", "0.99", "1000000.01", "1.005" })
        {
            var result = await app.SendAsync(new StartRecharge(m.OwnerId, bad));
            result.Errors.Single().Field.ShouldBe("Amount", bad);
        }
        (await app.QueryAsync<WalletDbContext, int>(db => db.Recharges.CountAsync(r => r.ShopId == m.ShopId))).ShouldBe(0);
        var buyer = await app.BuyerAsync();
        (await app.SendAsync(new StartRecharge(buyer, "10"))).IsFailure.ShouldBeTrue("a buyer without a shop has no wallet");
    }

    [Fact]
    public async Task Holds_settle_and_release_keep_balance_and_held_equal_to_the_ledger()
    {
        var m = await app.FundedMerchantAsync(10_000);
        (await app.WalletAsync(w => w.HoldAsync(m.ShopId, 3_000, D("A"), "代发订单 A", default))).Errors.ShouldBeEmpty();
        (await app.WalletAsync(w => w.HoldAsync(m.ShopId, 2_000, D("B"), "代发订单 B", default))).Errors.ShouldBeEmpty();
        (await app.BalanceAsync(m.ShopId)).ShouldBe(new WalletBalance(m.ShopId, 10_000, 5_000));

        (await app.WalletAsync(w => w.SettleHoldAsync(D("A"), 2_500, default))).Errors.ShouldBeEmpty();
        (await app.BalanceAsync(m.ShopId)).ShouldBe(new WalletBalance(m.ShopId, 7_500, 2_000));
        (await app.WalletAsync(w => w.ReleaseHoldAsync(D("B"), default))).Errors.ShouldBeEmpty();
        (await app.BalanceAsync(m.ShopId)).ShouldBe(new WalletBalance(m.ShopId, 7_500, 0));

        (await app.WalletAsync(w => w.CreditAsync(m.ShopId, 1_200, D("S1"), "代销结算", default))).Errors.ShouldBeEmpty();
        (await app.WalletAsync(w => w.RefundAsync(m.ShopId, 800, D("A"), "退货退款", default))).Errors.ShouldBeEmpty();
        (await app.WalletAsync(w => w.DebitAsync(m.ShopId, 500, D("C"), "平台服务费", default))).Errors.ShouldBeEmpty();
        (await app.BalanceAsync(m.ShopId)).BalanceFen.ShouldBe(9_000);
        var kinds = (await app.EntriesAsync(m.ShopId)).Where(e => e.DocumentId == D("A").Id).Select(e => e.Kind).Order().ToList();
        kinds.ShouldBe([LedgerKind.Hold, LedgerKind.HoldRelease, LedgerKind.Debit, LedgerKind.Refund]);
        await app.LedgerShouldBalanceAsync(m.ShopId);
    }

    [Fact]
    public async Task Settling_above_the_hold_needs_the_difference_available()
    {
        var m = await app.FundedMerchantAsync(10_000);
        (await app.WalletAsync(w => w.HoldAsync(m.ShopId, 6_000, D("A"), "", default))).Errors.ShouldBeEmpty();
        (await app.WalletAsync(w => w.HoldAsync(m.ShopId, 3_000, D("B"), "", default))).Errors.ShouldBeEmpty();

        var refused = await app.WalletAsync(w => w.SettleHoldAsync(D("A"), 7_500, default));
        refused.Errors.Single().Code.ShouldBe(WalletErrors.InsufficientFunds);
        (await app.BalanceAsync(m.ShopId)).ShouldBe(new WalletBalance(m.ShopId, 10_000, 9_000));

        (await app.WalletAsync(w => w.SettleHoldAsync(D("A"), 7_000, default))).Errors.ShouldBeEmpty();
        (await app.BalanceAsync(m.ShopId)).ShouldBe(new WalletBalance(m.ShopId, 3_000, 3_000));
        await app.LedgerShouldBalanceAsync(m.ShopId);
    }

    [Fact]
    public async Task A_hold_without_funds_changes_nothing_awaits_and_tells_the_merchant_once_until_a_top_up_lets_it_through()
    {
        var m = await app.FundedMerchantAsync(1_000);
        for (var i = 0; i < 3; i++)
        {
            var refused = await app.WalletAsync(w => w.HoldAsync(m.ShopId, 5_000, D("W"), "代发订单 W", default));
            refused.Errors.Single().Code.ShouldBe(WalletErrors.InsufficientFunds);
        }
        (await app.BalanceAsync(m.ShopId)).ShouldBe(new WalletBalance(m.ShopId, 1_000, 0));
        (await app.EntriesAsync(m.ShopId)).ShouldNotContain(e => e.Kind == LedgerKind.Hold);
        var waiting = (await app.AwaitingAsync(m.ShopId)).Single();
        (waiting.DocumentId, waiting.AmountFen).ShouldBe((D("W").Id, 5_000L));
        await app.DeliverEverythingAsync();
        (await app.NotificationsAsync(m.OwnerId, "钱包余额不足")).ShouldBe(1);

        var admin = await app.ReviewerAsync();
        (await app.SendAsync(new AdjustBalance(admin, m.ShopId, "40", "线下转账补入", Guid.NewGuid()))).Errors.ShouldBeEmpty();
        (await app.WalletEventsAsync<WalletFunded>(m.ShopId)).ShouldBe(1);
        (await app.WalletAsync(w => w.HoldAsync(m.ShopId, 5_000, D("W"), "代发订单 W", default))).Errors.ShouldBeEmpty();
        (await app.AwaitingAsync(m.ShopId)).ShouldBeEmpty();
        (await app.BalanceAsync(m.ShopId)).ShouldBe(new WalletBalance(m.ShopId, 5_000, 5_000));
        await app.LedgerShouldBalanceAsync(m.ShopId);
    }

    [Fact]
    public async Task Releasing_a_document_that_only_awaited_funds_drops_it_from_the_list()
    {
        var m = await app.FundedMerchantAsync(0);
        (await app.WalletAsync(w => w.HoldAsync(m.ShopId, 100, D("X"), "", default))).IsFailure.ShouldBeTrue();
        (await app.AwaitingAsync(m.ShopId)).Count.ShouldBe(1);
        (await app.WalletAsync(w => w.ReleaseHoldAsync(D("X"), default))).Errors.ShouldBeEmpty();
        (await app.AwaitingAsync(m.ShopId)).ShouldBeEmpty();
        (await app.WalletAsync(w => w.ReleaseHoldAsync(D("nothing"), default))).IsNotFound.ShouldBeTrue();
    }

    [Fact]
    public async Task Every_call_repeated_with_its_document_has_one_effect()
    {
        var m = await app.FundedMerchantAsync(10_000);
        async Task Twice(Func<IWallet, Task<Result>> call)
        {
            for (var i = 0; i < 2; i++) (await app.WalletAsync(call)).Errors.ShouldBeEmpty();
        }
        await Twice(w => w.CreditAsync(m.ShopId, 700, D("C1"), "", default));
        await Twice(w => w.DebitAsync(m.ShopId, 300, D("D1"), "", default));
        await Twice(w => w.HoldAsync(m.ShopId, 1_000, D("H1"), "", default));
        await Twice(w => w.SettleHoldAsync(D("H1"), 900, default));
        await Twice(w => w.HoldAsync(m.ShopId, 500, D("H2"), "", default));
        await Twice(w => w.ReleaseHoldAsync(D("H2"), default));
        (await app.BalanceAsync(m.ShopId)).ShouldBe(new WalletBalance(m.ShopId, 10_000 + 700 - 300 - 900, 0));
        (await app.EntriesAsync(m.ShopId)).Count.ShouldBe(1 + 1 + 1 + 3 + 2);

        // The same document with another amount, or a closed hold asked again, is a caller's mistake.
        (await app.WalletAsync(w => w.CreditAsync(m.ShopId, 701, D("C1"), "", default))).Errors.Single().Code.ShouldBe("conflict");
        (await app.WalletAsync(w => w.HoldAsync(m.ShopId, 1_000, D("H1"), "", default))).Errors.Single().Code.ShouldBe("conflict");
        (await app.WalletAsync(w => w.ReleaseHoldAsync(D("H1"), default))).Errors.Single().Code.ShouldBe("conflict");
        (await app.WalletAsync(w => w.SettleHoldAsync(D("H1"), 901, default))).Errors.Single().Code.ShouldBe("conflict");
        (await app.WalletAsync(w => w.DebitAsync(m.ShopId, 1_000_000, D("D2"), "", default))).Errors.Single().Code.ShouldBe(WalletErrors.InsufficientFunds);
        await app.LedgerShouldBalanceAsync(m.ShopId);
    }

    [Fact]
    public async Task An_adjustment_needs_a_reason_cannot_overdraw_and_a_replayed_form_posts_once()
    {
        var m = await app.FundedMerchantAsync(1_000);
        var admin = await app.ReviewerAsync();
        (await app.SendAsync(new AdjustBalance(admin, m.ShopId, "5", " ", Guid.NewGuid()))).Errors.Single().Field.ShouldBe("Reason");
        (await app.SendAsync(new AdjustBalance(admin, m.ShopId, "0", "原因", Guid.NewGuid()))).Errors.Single().Field.ShouldBe("Amount");
        (await app.SendAsync(new AdjustBalance(admin, m.ShopId, "-10.01", "扣回", Guid.NewGuid()))).Errors.Single().Field.ShouldBe("Amount");
        var request = Guid.NewGuid();
        (await app.SendAsync(new AdjustBalance(admin, m.ShopId, "-2.50", "扣回多付", request))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new AdjustBalance(admin, m.ShopId, "-2.50", "扣回多付", request))).Errors.ShouldBeEmpty();
        (await app.BalanceAsync(m.ShopId)).BalanceFen.ShouldBe(750);
        var adjustment = (await app.EntriesAsync(m.ShopId)).Single(e => e.Kind == LedgerKind.Adjustment);
        (adjustment.ActorId, adjustment.Reason, adjustment.AmountFen).ShouldBe((admin, "扣回多付", -250L));
        await app.LedgerShouldBalanceAsync(m.ShopId);
    }

    [Fact]
    public async Task The_merchant_s_ledger_filters_by_kind_and_date_and_pages()
    {
        var m = await app.FundedMerchantAsync(0);
        var firstDay = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        for (var i = 0; i < 3; i++)
            (await app.WalletAsync(w => w.CreditAsync(m.ShopId, 100, D($"c{i}"), "", default))).Errors.ShouldBeEmpty();
        app.Clock.Advance(TimeSpan.FromDays(2));
        (await app.WalletAsync(w => w.HoldAsync(m.ShopId, 50, D("h"), "", default))).Errors.ShouldBeEmpty();

        var all = (await app.SendAsync(new GetMyWallet(m.OwnerId, new LedgerFilter(null, null, null, PageSize: 2))))!;
        (all.Entries.Total, all.Entries.PageCount, all.Entries.Items.Count, all.BalanceFen, all.HeldFen).ShouldBe((4, 2, 2, 300L, 50L));
        all.Entries.Items[0].Kind.ShouldBe(LedgerKind.Hold, "newest first");
        (await app.SendAsync(new GetMyWallet(m.OwnerId, new LedgerFilter(LedgerKind.Credit, null, null))))!.Entries.Total.ShouldBe(3);
        (await app.SendAsync(new GetMyWallet(m.OwnerId, new LedgerFilter(null, firstDay, firstDay))))!.Entries.Total.ShouldBe(3);
        (await app.SendAsync(new GetMyWallet(m.OwnerId, new LedgerFilter(null, firstDay.AddDays(1), null))))!.Entries.Total.ShouldBe(1);
        (await app.SendAsync(new GetMyWallet(await app.BuyerAsync(), new LedgerFilter(null, null, null)))).ShouldBeNull();
    }

    [Fact]
    public async Task The_ledger_check_finds_a_counter_changed_behind_the_ledgers_back()
    {
        var m = await app.FundedMerchantAsync(1_000);
        await app.QueryAsync<WalletDbContext, int>(db => db.Accounts.Where(a => a.ShopId == m.ShopId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.BalanceFen, a => a.BalanceFen + 1)));
        var mismatch = (await app.SendAsync(new CheckWalletLedger())).Single(x => x.ShopId == m.ShopId);
        (mismatch.BalanceFen, mismatch.LedgerBalanceFen).ShouldBe((1_001L, 1_000L));
        await app.QueryAsync<WalletDbContext, int>(db => db.Accounts.Where(a => a.ShopId == m.ShopId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.BalanceFen, a => a.BalanceFen - 1)));
    }
}

public sealed class WalletSlicesOnSqlite(SqliteApp app) : WalletSlices(app), IClassFixture<SqliteApp>;

public sealed class WalletSlicesOnPostgreSql(PostgreSqlApp app) : WalletSlices(app), IClassFixture<PostgreSqlApp>;

/// Real parallel transactions need a real server: PostgreSQL only.
public sealed class WalletConcurrencyOnPostgreSql(PostgreSqlApp app) : IClassFixture<PostgreSqlApp>
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    private WalletDocument D(string id) => Doc($"{id}-{_run}");

    [Fact]
    public async Task Twenty_parallel_holds_never_hold_more_than_the_balance()
    {
        var m = await app.FundedMerchantAsync(10_000);
        var start = new TaskCompletionSource();
        var tasks = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await app.WalletAsync(w => w.HoldAsync(m.ShopId, 700, Doc($"P{i}"), "", default));
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(tasks);

        results.Count(r => r.IsSuccess).ShouldBe(14); // 14 × 700 = 9,800 of 10,000
        results.Where(r => r.IsFailure).ShouldAllBe(r => r.Errors.Single().Code == WalletErrors.InsufficientFunds);
        (await app.BalanceAsync(m.ShopId)).ShouldBe(new WalletBalance(m.ShopId, 10_000, 9_800));
        (await app.AwaitingAsync(m.ShopId)).Count.ShouldBe(6);
        await app.LedgerShouldBalanceAsync(m.ShopId);
    }

    [Fact]
    public async Task The_same_hold_sent_ten_times_at_once_holds_once()
    {
        var m = await app.FundedMerchantAsync(5_000); // room for the hold once, not twice
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() =>
            app.WalletAsync(w => w.HoldAsync(m.ShopId, 4_000, D("same"), "", default)))));

        results.ShouldAllBe(r => r.IsSuccess);
        (await app.BalanceAsync(m.ShopId)).ShouldBe(new WalletBalance(m.ShopId, 5_000, 4_000));
        (await app.AwaitingAsync(m.ShopId)).ShouldBeEmpty("copies of a hold that succeeded are not short of funds");
        await app.LedgerShouldBalanceAsync(m.ShopId);
    }

    [Fact]
    public async Task A_release_and_a_settle_racing_change_the_wallet_once()
    {
        var m = await app.FundedMerchantAsync(10_000);
        (await app.WalletAsync(w => w.HoldAsync(m.ShopId, 4_000, D("race"), "", default))).Errors.ShouldBeEmpty();
        var results = await Task.WhenAll(
            Task.Run(() => app.WalletAsync(w => w.ReleaseHoldAsync(D("race"), default))),
            Task.Run(() => app.WalletAsync(w => w.SettleHoldAsync(D("race"), 4_000, default))));

        results.Count(r => r.IsSuccess).ShouldBe(1);
        var balance = await app.BalanceAsync(m.ShopId);
        balance.HeldFen.ShouldBe(0);
        balance.BalanceFen.ShouldBeOneOf(10_000, 6_000);
        await app.LedgerShouldBalanceAsync(m.ShopId);
    }
}
