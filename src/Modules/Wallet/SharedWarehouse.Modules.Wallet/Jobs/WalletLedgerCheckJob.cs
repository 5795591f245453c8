using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Wallet.Features;

namespace SharedWarehouse.Modules.Wallet.Jobs;

/// Hourly proof that every wallet's counters equal its ledger; a mismatch is logged as an error (the log alerts
/// ops) and shown as the job result on the admin jobs page.
[DisallowConcurrentExecution]
public sealed class WalletLedgerCheckJob(IServiceScopeFactory scopes, ILogger<WalletLedgerCheckJob> log) : IJob
{
    public const string Name = "wallet-ledger-check";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var mismatches = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CheckWalletLedger(), cancellationToken);
        foreach (var m in mismatches.Take(50))
            log.LogError("Wallet ledger mismatch on account {AccountId} (shop {ShopId}): balance {BalanceFen}/{LedgerBalanceFen}, held {HeldFen}/{LedgerHeldFen}, open holds {OpenHoldsFen}",
                m.AccountId, m.ShopId, m.BalanceFen, m.LedgerBalanceFen, m.HeldFen, m.LedgerHeldFen, m.OpenHoldsFen);
        context.Result = mismatches.Count == 0 ? "ledger ok" : $"{mismatches.Count} mismatches";
    }
}
