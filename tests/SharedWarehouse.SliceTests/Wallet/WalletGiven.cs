using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Notifications.Data;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Payments.Domain;
using SharedWarehouse.Modules.Payments.Gateways.Simulator;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.Modules.Wallet.Data;
using SharedWarehouse.Modules.Wallet.Domain;
using SharedWarehouse.Modules.Wallet.Features;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.SliceTests.Payments;

namespace SharedWarehouse.SliceTests.Wallet;

/// Wallet set-up and look-ups through the real commands, the IWallet contract and the simulated gateway.
public static class WalletGiven
{
    public static Task<T> WalletAsync<T>(this AppFixture app, Func<IWallet, Task<T>> call) =>
        app.WithScopeAsync(sp => call(sp.GetRequiredService<IWallet>()));

    public static WalletDocument Doc(string id) => new("test-order", id);

    public static async Task<Merchant> FundedMerchantAsync(this AppFixture app, long fen)
    {
        var m = await app.MerchantAsync();
        if (fen > 0) (await app.WalletAsync(w => w.CreditAsync(m.ShopId, fen, Doc("seed-" + Guid.NewGuid().ToString("N")), "起始资金", default))).Errors.ShouldBeEmpty();
        return m;
    }

    public static Task<WalletBalance> BalanceAsync(this AppFixture app, Guid shopId) => app.WalletAsync(w => w.BalanceAsync(shopId, default));

    public static Task<List<LedgerEntry>> EntriesAsync(this AppFixture app, Guid shopId) =>
        app.QueryAsync<WalletDbContext, List<LedgerEntry>>(db => db.Entries.AsNoTracking().Where(e => e.ShopId == shopId).ToListAsync());

    public static Task<List<AwaitingFunds>> AwaitingAsync(this AppFixture app, Guid shopId) =>
        app.QueryAsync<WalletDbContext, List<AwaitingFunds>>(db => db.Awaiting.AsNoTracking().Where(a => a.ShopId == shopId).ToListAsync());

    /// Balance and held equal the sums of the ledger, for this shop and for every other wallet.
    public static async Task LedgerShouldBalanceAsync(this AppFixture app, Guid shopId)
    {
        var balance = await app.BalanceAsync(shopId);
        var sums = LedgerEntry.Sum((await app.EntriesAsync(shopId)).Select(e => (e.Kind, e.AmountFen)));
        sums.ShouldBe(new WalletFunds(balance.BalanceFen, balance.HeldFen));
        (await app.SendAsync(new CheckWalletLedger())).ShouldBeEmpty();
    }

    public static Task<int> NotificationsAsync(this AppFixture app, Guid userId, string title) =>
        app.QueryAsync<NotificationsDbContext, int>(db => db.Notifications.CountAsync(n => n.UserId == userId && n.Title == title));

    public static Task<int> WalletEventsAsync<TEvent>(this AppFixture app, Guid shopId) =>
        app.QueryAsync<WalletDbContext, int>(db => db.OutboxMessages.CountAsync(m => m.Type == typeof(TEvent).FullName && m.Payload.Contains(shopId.ToString())));

    /// The merchant presses 充值 with this amount; answers the payment the gateway opened for the recharge.
    public static async Task<(Recharge Recharge, StartedPayment Payment)> RechargeStartedAsync(this AppFixture app, Merchant m, string yuan)
    {
        var url = await app.SendAsync(new StartRecharge(m.OwnerId, yuan));
        url.Errors.ShouldBeEmpty();
        var recharge = await app.QueryAsync<WalletDbContext, Recharge>(db => db.Recharges.AsNoTracking()
            .Where(r => r.ShopId == m.ShopId).OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id).FirstAsync());
        var payment = await app.QueryAsync<PaymentsDbContext, Payment>(db => db.Payments.AsNoTracking().SingleAsync(p => p.OrderId == recharge.Id));
        url.Value.ShouldBe(payment.PayUrl);
        return (recharge, new StartedPayment(recharge.Id, payment.Id, Guid.Parse(payment.ChargeId!), url.Value, recharge.AmountFen));
    }

    /// Pays on the simulator's page and delivers everything that follows (notifications, then the outbox).
    public static async Task PaySimulatedAsync(this AppFixture app, StartedPayment payment)
    {
        (await app.SendAsync(new CompleteSimulatedCharge(payment.ChargeId, SimulatedOutcome.Success))).Errors.ShouldBeEmpty();
        await app.DeliverNotificationsAsync();
        await app.DeliverEverythingAsync();
    }

    public static async Task DeliverEverythingAsync(this AppFixture app)
    {
        for (var i = 0; i < 3; i++) await app.DispatchEventsAsync(); // payments → wallet → notifications
    }
}
