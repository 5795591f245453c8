using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Printing.Domain;

namespace SharedWarehouse.Modules.Printing.Queue;

public sealed record ClaimedJob(Guid Id, Guid LeaseToken, int Attempts, byte[] Payload, string Host, int Port);

/// The queue's state changes, each one conditional UPDATE whose rows-affected count says who won, so two
/// workers (or a worker and a restart) can never both own a job.
///
/// Delivery guarantee (decision): TCP 9100 has no acknowledgement of "printed". We send, wait for the
/// printer's status byte (it can only answer after reading every byte sent before the request), then mark the
/// job printed in one conditional UPDATE. A crash after the printer read the label and before that UPDATE
/// leaves the job "printing" with a lease; when the lease runs out the job is sent again: at-least-once, with a
/// duplicate only in that window (milliseconds per label). We chose this over at-most-once (marking before
/// sending) because a missing label loses a parcel at the warehouse while a duplicate label is harmless: both
/// carry the same label id and the scan is idempotent. A restart with jobs merely queued prints each exactly once.
public static class PrintJobStore
{
    private static IQueryable<PrintJob> Due(this IQueryable<PrintJob> jobs, DateTime now) =>
        jobs.Where(j => ((j.Status == PrintJobStatus.Queued || j.Status == PrintJobStatus.Retrying) && j.NextAttemptUtc <= now)
                        || (j.Status == PrintJobStatus.Printing && j.LeaseUntilUtc < now));

    public static Task<List<Guid>> PrintersWithDueJobsAsync(PrintingDbContext db, DateTime now, CancellationToken ct) =>
        db.Jobs.AsNoTracking().Due(now).Select(j => j.PrinterId).Distinct().ToListAsync(ct);

    /// Claims the oldest due job of the printer (null when none is due or another worker won every race).
    public static async Task<ClaimedJob?> ClaimNextAsync(PrintingDbContext db, Guid printerId, DateTime now, TimeSpan lease, CancellationToken ct)
    {
        for (var tries = 0; tries < 5; tries++)
        {
            var id = await db.Jobs.AsNoTracking().Due(now).Where(j => j.PrinterId == printerId)
                .OrderBy(j => j.CreatedUtc).ThenBy(j => j.Id).Select(j => (Guid?)j.Id).FirstOrDefaultAsync(ct);
            if (id is null) return null;
            var token = Guid.NewGuid();
            var leaseUntil = now + lease;
            var won = await db.Jobs.Where(j => j.Id == id).Due(now).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, PrintJobStatus.Printing)
                .SetProperty(j => j.LeaseToken, token)
                .SetProperty(j => j.LeaseUntilUtc, leaseUntil)
                .SetProperty(j => j.LastAttemptUtc, now)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1), ct);
            if (won == 0) continue;
            return await db.Jobs.AsNoTracking().Where(j => j.Id == id)
                .Join(db.Printers, j => j.PrinterId, p => p.Id, (j, p) => new ClaimedJob(j.Id, token, j.Attempts, j.Payload, p.Host, p.Port))
                .FirstAsync(ct);
        }
        return null;
    }

    /// False when the lease was lost (this worker was too slow and another one took the job over).
    public static async Task<bool> MarkPrintedAsync(PrintingDbContext db, ClaimedJob job, DateTime now, CancellationToken ct) =>
        await db.Jobs.Where(j => j.Id == job.Id && j.LeaseToken == job.LeaseToken && j.Status == PrintJobStatus.Printing)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, PrintJobStatus.Printed)
                .SetProperty(j => j.PrintedUtc, now)
                .SetProperty(j => j.LeaseToken, (Guid?)null)
                .SetProperty(j => j.LeaseUntilUtc, (DateTime?)null), ct) == 1;

    public static async Task<DateTime> MarkFailedAsync(PrintingDbContext db, ClaimedJob job, string error, DateTime now, PrintingOptions options,
        CancellationToken ct)
    {
        var status = PrintRetryPolicy.StatusAfterFailure(job.Attempts, options.MaxAttempts);
        var next = now + PrintRetryPolicy.DelayAfter(job.Attempts, options.BackoffBase, options.BackoffMax);
        var message = PrintRetryPolicy.Truncate(error);
        await db.Jobs.Where(j => j.Id == job.Id && j.LeaseToken == job.LeaseToken && j.Status == PrintJobStatus.Printing)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, status)
                .SetProperty(j => j.LastError, message)
                .SetProperty(j => j.NextAttemptUtc, next)
                .SetProperty(j => j.LeaseToken, (Guid?)null)
                .SetProperty(j => j.LeaseUntilUtc, (DateTime?)null), ct);
        return next;
    }
}
