using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SharedWarehouse.BuildingBlocks.Messaging;

namespace SharedWarehouse.Modules.Ordering.Features.Consignment;

[DisallowConcurrentExecution]
public sealed class ConsignmentSettlementJob(IServiceScopeFactory scopes) : IJob
{
    public const string Name = "ordering-consignment-settle";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = $"{await RunAsync(scopes, cancellationToken)} settled";

    public static async Task<int> RunAsync(IServiceScopeFactory scopes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SettleConsignments(), ct);
        return result.IsSuccess ? result.Value : 0;
    }
}
