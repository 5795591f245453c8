using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.Modules.Courier.Features;

namespace SharedWarehouse.Modules.Courier.Jobs;

/// Polls the carrier for undelivered parcels due for news (each in its own unit of work, so one failing parcel
/// never holds up the rest). With the simulator this is what moves parcels on: picked up, in transit, delivered.
[DisallowConcurrentExecution]
public sealed class CourierTrackingJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<CourierTrackingJob> log) : IJob
{
    public const string Name = "courier-tracking";
    private const int BatchSize = 200;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = $"{await RunAsync(cancellationToken)} tracking events";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
            due = await scope.ServiceProvider.GetRequiredService<CourierDbContext>().Waybills.AsNoTracking()
                .Where(w => w.NextPollUtc != null && w.NextPollUtc <= now)
                .OrderBy(w => w.NextPollUtc).Select(w => w.Id).Take(BatchSize).ToListAsync(ct);
        var recorded = 0;
        foreach (var id in due)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RecordTracking(id), ct);
                if (result.IsSuccess) recorded += result.Value;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested) // a carrier error on one parcel is retried at the next run
            {
                log.LogWarning(ex, "Tracking poll for waybill {WaybillId} failed", id);
            }
        }
        return recorded;
    }
}
