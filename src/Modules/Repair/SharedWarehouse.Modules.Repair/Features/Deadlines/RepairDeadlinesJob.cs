using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Domain;

namespace SharedWarehouse.Modules.Repair.Features.Deadlines;

/// Closes quotes left unpaid past their validity, one repair at a time (each its own unit of work).
[DisallowConcurrentExecution]
public sealed class RepairDeadlinesJob(IServiceScopeFactory scopes, TimeProvider time) : IJob
{
    public const string Name = "repair-deadlines";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = $"{await RunAsync(scopes, time, cancellationToken)} quotes expired";

    public static async Task<int> RunAsync(IServiceScopeFactory scopes, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
            due = await scope.ServiceProvider.GetRequiredService<RepairDbContext>().Repairs
                .Where(r => r.Status == RepairStatus.Quoted && r.QuoteExpiresUtc <= now).OrderBy(r => r.QuoteExpiresUtc).Select(r => r.Id).Take(500).ToListAsync(ct);
        var done = 0;
        foreach (var id in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            if ((await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireRepairQuote(id), ct)).IsSuccess) done++;
        }
        return done;
    }
}
