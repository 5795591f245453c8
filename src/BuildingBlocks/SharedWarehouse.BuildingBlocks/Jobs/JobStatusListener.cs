using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace SharedWarehouse.BuildingBlocks.Jobs;

/// Records every run's outcome so the admin jobs page can show last run, result and error.
internal sealed class JobStatusListener(IServiceScopeFactory scopes, TimeProvider time, ILogger<JobStatusListener> logger) : IJobListener
{
    public string Name => "job-status";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken ct = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken ct = default) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken ct = default)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var name = context.JobDetail.Key.Name;
            var status = await db.JobStatuses.FirstOrDefaultAsync(s => s.JobName == name, ct);
            if (status is null) db.JobStatuses.Add(status = new JobStatus { JobName = name });
            status.LastStartedUtc = context.FireTimeUtc.UtcDateTime;
            status.LastFinishedUtc = time.GetUtcNow().UtcDateTime;
            status.LastSucceeded = jobException is null;
            status.LastResult = context.Result?.ToString();
            status.LastError = jobException?.InnerException?.Message ?? jobException?.Message;
            status.LastNode = context.Scheduler.SchedulerInstanceId;
            status.RunCount++;
            if (jobException is not null) status.FailureCount++;
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
        {
            // Two nodes inserting the first row at once: the other one's record is as good as ours.
            logger.LogWarning(ex, "Could not record the outcome of job {Job}", context.JobDetail.Key.Name);
        }
    }
}
