using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SharedWarehouse.Modules.Printing.Queue;

/// Wakes up when a job is queued (or every poll interval, which also picks up retries and expired leases).
public sealed class PrintQueueSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try { _signal.Release(); } catch (SemaphoreFullException) { } // already signalled
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}

internal sealed class PrintWorker(PrintDispatcher dispatcher, PrintQueueSignal signal, PrintingOptions options, ILogger<PrintWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // never hold up start-up
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await dispatcher.RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "Print queue scan failed");
                }
                await signal.WaitAsync(TimeSpan.FromMilliseconds(Math.Max(50, options.PollIntervalMs)), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        finally
        {
            await dispatcher.WhenRunningFinishedAsync();
        }
    }
}
