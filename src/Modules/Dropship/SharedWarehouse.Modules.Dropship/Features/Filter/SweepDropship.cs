using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Picking;
using SharedWarehouse.Modules.Dropship.Features.Resolve;
using SharedWarehouse.Modules.Dropship.Features.Warehouse;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Filter;

public sealed record SweepReport(int Filtered, int Settled, int Credited, int Opened);

/// Finishes what an interrupted or waiting step left: orders not yet filtered (or with lines sent back to the
/// filter), orders waiting for funds (after a recharge at once, otherwise every few minutes), closed orders whose
/// reservations and holds were not all given back, platform orders shipped but not settled, returns sold again or
/// refunded by their stall whose money is owed to the merchant; and opens tasks re-queued for today. Run by a job; each step is idempotent.
public sealed record SweepDropship(TimeSpan Grace) : IProcess<SweepReport>;

internal sealed class SweepDropshipHandler(ISender sender, DropshipDbContext db, IWallet wallet, TimeProvider time, ILogger<SweepDropshipHandler> log)
    : IRequestHandler<SweepDropship, Result<SweepReport>>
{
    private const int Batch = 100;
    /// How often an order waiting for funds tries its hold again without a recharge (released holds and credits
    /// also free money, and publish no WalletFunded).
    private static readonly TimeSpan HoldRetryInterval = TimeSpan.FromMinutes(10);

    public async Task<Result<SweepReport>> Handle(SweepDropship c, CancellationToken ct)
    {
        var before = db.Now() - c.Grace;
        var opened = await sender.Send(new OpenDueTasks(ChinaTime.Today(time)), ct);

        var retryHoldsBefore = db.Now() - HoldRetryInterval;
        var toFilter = await db.Orders.AsNoTracking()
            .Where(o => (o.Status == DropshipOrderStatus.InProgress && o.CreatedUtc < before && (!o.Filtered || o.Lines.Any(l => l.Status == LineStatus.New)))
                || (o.Status == DropshipOrderStatus.AwaitingFunds && (o.RetryHold || o.LastHoldAttemptUtc == null || o.LastHoldAttemptUtc < retryHoldsBefore)))
            .OrderBy(o => o.CreatedUtc).Select(o => o.Id).Take(Batch).ToListAsync(ct);
        foreach (var id in toFilter) await RunAsync(async () => await sender.Send(new FilterDropshipOrder(id), ct), id);

        var toRelease = await db.Orders.AsNoTracking()
            .Where(o => o.Status == DropshipOrderStatus.Closed && o.ReleasedUtc == null && o.ClosedUtc < before).Select(o => o.Id).Take(Batch).ToListAsync(ct);
        foreach (var id in toRelease) await RunAsync(async () => await sender.Send(new CloseDropshipOrder(null, id, null), ct), id);

        var toSettle = await db.Orders.AsNoTracking()
            .Where(o => o.Mode == DropshipMode.Platform && o.Status == DropshipOrderStatus.Shipped && o.SettledFen == null && o.ShippedUtc < before)
            .Select(o => o.Id).Take(Batch).ToListAsync(ct);
        var settled = 0;
        foreach (var id in toSettle) settled += await RunAsync(async () => await sender.Send(new SettleDropshipOrder(id), ct), id) ? 1 : 0;

        // Sold again and shipped in the new order: the goods cost the first order paid goes back to the merchant.
        var resold = await db.Returns.AsNoTracking()
            .Where(r => r.Mode == DropshipMode.Platform && r.Status == ReturnStatus.SoldAgain && r.CreditedFen == null
                && db.Orders.Any(o => o.Id == r.SoldToOrderId && o.Status == DropshipOrderStatus.Shipped))
            .Take(Batch).ToListAsync(ct);
        var credited = 0;
        foreach (var r in resold)
        {
            var amount = (r.PaidUnitFen ?? 0) * r.Quantity;
            if (amount > 0)
            {
                var done = await wallet.CreditAsync(r.ShopId, amount, new WalletDocument(DropshipDocuments.ResoldReturn, r.Id.ToString("N")),
                    $"退货再售退回货款 {r.OrderNumber}", ct);
                if (done.IsFailure) { log.LogWarning("Return {ReturnId}: credit failed ({Error})", r.Id, done.Errors[0].Message); continue; }
            }
            await sender.Send(new MarkReturnCredited(r.Id, amount), ct);
            credited++;
        }
        var refunds = await db.Returns.AsNoTracking()
            .Where(r => r.Mode == DropshipMode.Platform && r.Status == ReturnStatus.StallRefunded && r.CreditedFen == null && r.StallDoneUtc < before)
            .Select(r => r.Id).Take(Batch).ToListAsync(ct);
        foreach (var id in refunds) credited += await RunAsync(async () => await sender.Send(new CreditStallRefund(id), ct), id) ? 1 : 0;
        return new SweepReport(toFilter.Count, settled, credited, opened.IsSuccess ? opened.Value : 0);
    }

    private async Task<bool> RunAsync(Func<Task<Result>> step, Guid orderId)
    {
        try
        {
            var result = await step();
            if (result.IsFailure) log.LogInformation("Dropship sweep: order {OrderId} not finished ({Error})", orderId, result.Errors[0].Message);
            return result.IsSuccess;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(ex, "Dropship sweep: order {OrderId} failed; retried next run", orderId);
            return false;
        }
    }
}
