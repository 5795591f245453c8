using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Inventory.Features.Ledger;
using SharedWarehouse.Modules.Inventory.Features.Reservations;

namespace SharedWarehouse.Modules.Inventory.Jobs;

/// Nightly proof of the ledger invariant; a mismatch is logged as an error (the log alerts ops) and
/// shown as the job result on the admin jobs page.
[DisallowConcurrentExecution]
public sealed class LedgerCheckJob(IServiceScopeFactory scopes, ILogger<LedgerCheckJob> log) : IJob
{
    public const string Name = "inventory-ledger-check";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var mismatches = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CheckLedger(), cancellationToken);
        foreach (var m in mismatches.Take(50))
            log.LogError("Stock ledger mismatch on balance {BalanceId}: on-hand {OnHand}, reserved {Reserved}, ledger sum {LedgerSum}",
                m.BalanceId, m.OnHand, m.Reserved, m.LedgerSum);
        context.Result = mismatches.Count == 0 ? "ledger ok" : $"{mismatches.Count} mismatches";
    }
}

/// Returns reservations whose time-to-live has passed to available stock, one unit of work each.
[DisallowConcurrentExecution]
public sealed class ExpireReservationsJob(IServiceScopeFactory scopes, TimeProvider time) : IJob
{
    public const string Name = "inventory-expire-reservations";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = $"{await RunAsync(scopes, time, cancellationToken)} expired";

    public static async Task<int> RunAsync(IServiceScopeFactory scopes, TimeProvider time, CancellationToken ct)
    {
        List<string> due;
        var now = time.GetUtcNow().UtcDateTime;
        await using (var scope = scopes.CreateAsyncScope())
            due = await scope.ServiceProvider.GetRequiredService<InventoryDbContext>().Reservations
                .Where(r => r.Status == ReservationStatus.Active && r.ExpiresUtc <= now).Select(r => r.Reference).Take(500).ToListAsync(ct);
        var expired = 0;
        foreach (var reference in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            if ((await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ReleaseReservation(reference, Expired: true), ct)).IsSuccess) expired++;
        }
        return expired;
    }
}
