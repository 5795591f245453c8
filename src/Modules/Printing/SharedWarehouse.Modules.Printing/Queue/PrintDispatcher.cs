using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SharedWarehouse.Modules.Printing.Data;

namespace SharedWarehouse.Modules.Printing.Queue;

/// Sends due jobs: one loop per printer, at most one per printer at a time (so one TCP connection per printer
/// from this process), each loop independent, so a stalled printer holds up only its own labels. A printer that
/// failed is left alone until its failed job's next attempt, so the labels behind it keep their order instead of
/// each burning an attempt on a dead printer.
/// Several app nodes share the queue safely (claims are conditional UPDATEs), but "one connection per printer"
/// holds per node; with several nodes two could talk to one printer at once (it queues them; nothing is lost).
public sealed class PrintDispatcher(IServiceScopeFactory scopes, IPrinterTransport transport, PrintingOptions options, TimeProvider time,
    ILogger<PrintDispatcher> logger)
{
    private readonly ConcurrentDictionary<Guid, Task> _running = new();
    private readonly ConcurrentDictionary<Guid, DateTime> _pausedUntil = new();
    private readonly Lock _start = new();

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public int RunningLoops => _running.Count;

    /// Starts a loop for every printer with due work that has none running; returns without waiting for them.
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        List<Guid> printers;
        using (var scope = scopes.CreateScope())
            printers = await PrintJobStore.PrintersWithDueJobsAsync(scope.ServiceProvider.GetRequiredService<PrintingDbContext>(), Now, ct);
        var started = 0;
        foreach (var printerId in printers)
        {
            if (_pausedUntil.TryGetValue(printerId, out var until) && until > Now) continue;
            lock (_start)
            {
                if (_running.ContainsKey(printerId)) continue;
                _running[printerId] = Task.Run(() => PrinterLoopAsync(printerId, ct), CancellationToken.None);
                started++;
            }
        }
        return started;
    }

    /// Runs rounds until nothing is due and no loop is running (tests, benchmarks, shutdown).
    public async Task DrainAsync(CancellationToken ct)
    {
        while (true)
        {
            await RunOnceAsync(ct);
            var running = _running.Values.ToArray();
            if (running.Length == 0) return;
            await Task.WhenAll(running);
        }
    }

    /// Lets in-flight sends finish (each bounded by its timeouts) so a graceful stop does not cut a label in half.
    public Task WhenRunningFinishedAsync() => Task.WhenAll(_running.Values.ToArray());

    private async Task PrinterLoopAsync(Guid printerId, CancellationToken stopping)
    {
        try
        {
            // The stopping token only stops the loop between labels; a send in progress runs to its own timeout.
            while (!stopping.IsCancellationRequested)
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<PrintingDbContext>();
                var job = await PrintJobStore.ClaimNextAsync(db, printerId, Now, options.Lease, CancellationToken.None);
                if (job is null) return;
                try
                {
                    await transport.SendAsync(job.Host, job.Port, job.Payload, CancellationToken.None);
                }
                catch (Exception ex)
                {
                    var message = ex is PrinterException ? ex.Message : $"发送失败（{ex.GetType().Name}）";
                    var next = await PrintJobStore.MarkFailedAsync(db, job, message, Now, options, CancellationToken.None);
                    _pausedUntil[printerId] = next;
                    logger.LogWarning("Print job {JobId} to {Host}:{Port} failed (attempt {Attempt}): {Error}; next attempt {Next:O}",
                        job.Id, job.Host, job.Port, job.Attempts, message, next);
                    return;
                }
                _pausedUntil.TryRemove(printerId, out _);
                if (!await PrintJobStore.MarkPrintedAsync(db, job, Now, CancellationToken.None))
                    logger.LogWarning("Print job {JobId} was printed after its lease ran out; another worker may print it again", job.Id);
            }
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            logger.LogError(ex, "Print loop for printer {PrinterId} stopped", printerId);
        }
        finally
        {
            lock (_start) _running.TryRemove(printerId, out _);
        }
    }
}
