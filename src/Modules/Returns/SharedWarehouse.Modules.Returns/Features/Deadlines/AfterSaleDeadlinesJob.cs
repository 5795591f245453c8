using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Domain;

namespace SharedWarehouse.Modules.Returns.Features.Deadlines;

/// Agrees for merchants past their deadline and closes the requests whose buyer let their turn pass, one request at a time.
[DisallowConcurrentExecution]
public sealed class AfterSaleDeadlinesJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReturnsOptions> options) : IJob
{
    public const string Name = "returns-deadlines";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var (agreed, closed) = await RunAsync(scopes, time, options.Value, cancellationToken);
        context.Result = $"{agreed} agreed, {closed} closed";
    }

    public static async Task<(int Agreed, int Closed)> RunAsync(IServiceScopeFactory scopes, TimeProvider time, ReturnsOptions options, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var staleBefore = now - options.BuyerTurn;
        List<Guid> due, stale;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReturnsDbContext>();
            due = await db.Requests.Where(r => r.Status == AfterSaleStatus.AwaitingMerchant && r.MerchantDeadlineUtc <= now)
                .OrderBy(r => r.MerchantDeadlineUtc).Select(r => r.Id).Take(500).ToListAsync(ct);
            stale = await db.Requests.Where(r => (r.Status == AfterSaleStatus.Refused || r.Status == AfterSaleStatus.CounterOffered
                    || r.Status == AfterSaleStatus.AwaitingReturn) && r.UpdatedUtc <= staleBefore)
                .OrderBy(r => r.UpdatedUtc).Select(r => r.Id).Take(500).ToListAsync(ct);
        }
        return (await scopes.SendEachAsync(due, id => new AutoAgreeAfterSale(id), ct), await scopes.SendEachAsync(stale, id => new CloseStaleAfterSale(id), ct));
    }
}
