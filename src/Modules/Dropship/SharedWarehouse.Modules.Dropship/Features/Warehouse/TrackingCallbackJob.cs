using Quartz;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Messaging;

namespace SharedWarehouse.Modules.Dropship.Features.Warehouse;

[DisallowConcurrentExecution]
public sealed class TrackingCallbackJob(IServiceScopeFactory scopes) : IJob
{
    public const string Name = "dropship-tracking-callbacks";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ReportTrackingToShops(), cancellationToken);
        context.Result = sent.IsSuccess ? $"reported {sent.Value}" : sent.Errors[0].Message;
    }
}
