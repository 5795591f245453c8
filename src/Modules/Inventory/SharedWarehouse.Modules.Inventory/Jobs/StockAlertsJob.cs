using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Features.Alerts;

namespace SharedWarehouse.Modules.Inventory.Jobs;

/// Low-stock and near-expiry scan; merchants hear of a condition once, when it first appears.
[DisallowConcurrentExecution]
public sealed class StockAlertsJob(IServiceScopeFactory scopes) : IJob
{
    public const string Name = "inventory-stock-alerts";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var scan = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ScanStockAlerts(), cancellationToken);
        context.Result = scan.IsSuccess
            ? $"{scan.Value.Raised} raised, {scan.Value.Cleared} cleared, {scan.Value.ShopsNotified} merchants notified"
            : scan.Errors[0].Message;
    }
}
