using Quartz;
using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.BuildingBlocks.Jobs;

/// Never two at once, even across clustered nodes: delivery order within a module stays stable.
[DisallowConcurrentExecution]
public sealed class OutboxDispatchJob(OutboxDispatcher dispatcher) : IJob
{
    public const string Name = "outbox-dispatch";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var delivered = await dispatcher.DispatchPendingAsync(cancellationToken);
        context.Result = $"{delivered} delivered";
    }
}

/// Triggers the outbox job right after a commit; the job's own schedule is the safety net.
internal sealed class QuartzOutboxSignal(ISchedulerFactory schedulers) : IOutboxSignal
{
    private static readonly JobKey Key = new(OutboxDispatchJob.Name, "sharedwarehouse");

    public void Notify() => _ = TriggerAsync();

    private async Task TriggerAsync()
    {
        try
        {
            var scheduler = await schedulers.GetScheduler();
            if (scheduler.Status == SchedulerStatus.Running) await scheduler.TriggerJob(Key);
        }
        catch (SchedulerException)
        {
            // The scheduled run picks the rows up; a missed nudge only delays delivery by one interval.
        }
    }
}
