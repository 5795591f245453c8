using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.BuildingBlocks.Persistence;

public static class DbContextExtensions
{
    public static void BumpAggregateVersions(this DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries<AggregateRoot>())
            if (entry.State == EntityState.Modified) entry.Entity.IncrementVersion();
    }

    /// Application services (TimeProvider) resolved through the provider the context was built with: contexts
    /// are pooled (see AddModuleDbContext), so that is the root provider and only singletons are reachable.
    public static T GetAppService<T>(this DbContext context) where T : class
    {
        var options = ((IInfrastructure<IServiceProvider>)context).Instance.GetService<IDbContextOptions>();
        var services = options?.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        return services?.GetService<T>()
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not available to {context.GetType().Name}.");
    }
}
