using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Persistence;

namespace SharedWarehouse.BuildingBlocks.Jobs;

public static class JobsSetup
{
    public const string QuartzSchema = "quartz";

    /// Adds the platform context (job outcomes) and the outbox job; call before AddJobScheduler.
    public static IServiceCollection AddPlatformJobs(this IServiceCollection services)
    {
        services.AddModuleDbContext<PlatformDbContext>(PlatformDbContext.SchemaName);
        services.AddScheduledJob<OutboxDispatchJob>(OutboxDispatchJob.Name, "投递模块间事件（发件箱）", TimeSpan.FromSeconds(5));
        return services;
    }

    /// PostgreSQL: the clustered persistent store, so several nodes share the jobs and each run happens
    /// once. SQLite is single-node by nature: the in-memory store.
    public static IServiceCollection AddJobScheduler(this IServiceCollection services, DatabaseOptions database)
    {
        var jobs = services.Where(d => d.ServiceType == typeof(ScheduledJob)).Select(d => (ScheduledJob)d.ImplementationInstance!).ToList();
        services.AddSingleton<JobStatusListener>();
        services.AddQuartz(q =>
        {
            if (database.Provider == DatabaseProvider.PostgreSql)
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(database.ConnectionString);
                    store.ConfigureStore(o => o.TablePrefix = QuartzSchema + ".qrtz_");
                    store.ProvisionSchema();
                    store.UseClustering(_ => { });
                });
            else
                q.UseInMemoryStore();
            q.AddJobListener(sp => sp.GetRequiredService<JobStatusListener>());
            foreach (var job in jobs)
            {
                q.AddJob(job.JobType, j => j.WithIdentity(job.Key).WithDescription(job.Description).StoreDurably());
                q.AddTrigger(t => t.ForJob(job.Key).WithIdentity(job.Name + "-schedule", job.Key.Group).StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(job.Interval).RepeatForever()));
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.Replace(ServiceDescriptor.Singleton<IOutboxSignal, QuartzOutboxSignal>());
        return services;
    }
}
