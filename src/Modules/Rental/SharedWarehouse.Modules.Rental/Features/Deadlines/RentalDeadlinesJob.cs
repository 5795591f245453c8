using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;

namespace SharedWarehouse.Modules.Rental.Features.Deadlines;

/// Frees the units of unpaid bookings past their deadline, settles damage charges left unanswered, and reminds the buyers
/// of overdue units (once a day); one booking per command, so one failure stops nothing else.
[DisallowConcurrentExecution]
public sealed class RentalDeadlinesJob(IServiceScopeFactory scopes, TimeProvider time) : IJob
{
    public const string Name = "rental-deadlines";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var (expired, settled, reminded) = await RunAsync(scopes, time, cancellationToken);
        context.Result = $"{expired} expired, {settled} settled, {reminded} reminded";
    }

    public static async Task<(int Expired, int Settled, int Reminded)> RunAsync(IServiceScopeFactory scopes, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(time);
        List<Guid> unpaid, unanswered, overdue;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RentalDbContext>();
            unpaid = await db.Bookings.Where(b => b.Status == RentalStatus.AwaitingPayment && b.PayByUtc <= now).Select(b => b.Id).Take(500).ToListAsync(ct);
            unanswered = await db.Bookings.Where(b => b.Status == RentalStatus.ChargeProposed && b.BuyerTurnUntilUtc <= now).Select(b => b.Id).Take(500).ToListAsync(ct);
            overdue = await db.Bookings.Where(b => b.Status == RentalStatus.Out && b.EndDate < today && (b.LastReminderOn == null || b.LastReminderOn < today))
                .Select(b => b.Id).Take(500).ToListAsync(ct);
        }
        return (await scopes.SendEachAsync(unpaid, id => new ExpireUnpaidRental(id), ct), await scopes.SendEachAsync(unanswered, id => new SettleUnansweredCharge(id), ct),
            await scopes.SendEachAsync(overdue, id => new RemindOverdueRental(id), ct));
    }
}
