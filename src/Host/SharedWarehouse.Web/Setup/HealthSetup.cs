using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SharedWarehouse.BuildingBlocks.Jobs;

namespace SharedWarehouse.Web.Setup;

public static class HealthSetup
{
    private const string Ready = "ready";

    /// Readiness asks the database (one cheap query through a module context); liveness asks nothing.
    public static IHealthChecksBuilder AddDatabaseChecks(this IHealthChecksBuilder checks) =>
        checks.AddDbContextCheck<PlatformDbContext>("database", tags: [Ready]);

    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) });
    }
}
