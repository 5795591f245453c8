using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quartz;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Web.Areas.Admin.Controllers;

/// Every recurring job with its next run (from Quartz) and last outcome (from platform.job_statuses).
[Area("Admin")]
[Authorize(Roles = Roles.Admin + "," + Roles.Operations)]
public sealed class JobsController(ISchedulerFactory schedulers, PlatformDbContext db, IEnumerable<ScheduledJob> jobs) : Controller
{
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var statuses = await db.JobStatuses.AsNoTracking().ToDictionaryAsync(s => s.JobName, ct);
        var rows = new List<JobRow>();
        foreach (var job in jobs.OrderBy(j => j.Name))
        {
            var triggers = await scheduler.GetTriggersOfJob(job.Key, ct);
            var next = triggers.Select(t => t.NextFireTimeUtc).Where(t => t.HasValue).Min();
            rows.Add(new JobRow(job.Name, job.Description, job.Interval, next?.UtcDateTime, statuses.GetValueOrDefault(job.Name)));
        }
        return View(rows);
    }
}

public sealed record JobRow(string Name, string Description, TimeSpan Interval, DateTime? NextRunUtc, JobStatus? Status);
