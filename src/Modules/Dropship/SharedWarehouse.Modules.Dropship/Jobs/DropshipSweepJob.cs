using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Features.Filter;

namespace SharedWarehouse.Modules.Dropship.Jobs;

/// Every minute: opens tasks re-queued for today (the morning reissue), retries holds after a recharge, and
/// finishes filtering, settlement and return credits an interrupted request left behind.
[DisallowConcurrentExecution]
public sealed class DropshipSweepJob(IServiceScopeFactory scopes) : IJob
{
    public const string Name = "dropship-sweep";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SweepDropship(TimeSpan.FromMinutes(1)), cancellationToken);
        context.Result = report.IsSuccess
            ? $"filtered {report.Value.Filtered}, settled {report.Value.Settled}, credited {report.Value.Credited}, opened {report.Value.Opened}"
            : report.Errors[0].Message;
    }
}
