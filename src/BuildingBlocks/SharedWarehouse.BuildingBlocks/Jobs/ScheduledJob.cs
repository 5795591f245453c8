using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace SharedWarehouse.BuildingBlocks.Jobs;

/// A recurring job a module contributes; the host turns each into a Quartz job and trigger.
public sealed record ScheduledJob(Type JobType, string Name, string Description, TimeSpan Interval)
{
    public JobKey Key => new(Name, "sharedwarehouse");
}

public static class ScheduledJobRegistration
{
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services, string name, string description, TimeSpan interval)
        where TJob : class, IJob
    {
        services.AddTransient<TJob>();
        services.AddSingleton(new ScheduledJob(typeof(TJob), name, description, interval));
        return services;
    }
}
