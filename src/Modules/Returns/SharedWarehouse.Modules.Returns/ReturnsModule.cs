using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Features.Deadlines;
using SharedWarehouse.Modules.Returns.Web;

namespace SharedWarehouse.Modules.Returns;

/// 售后: the buyer's after-sales requests (refund only, return and refund) on any sale, the merchant's desk, the
/// platform stepping in; refunds through Ordering and Payments, returned goods back into Inventory (ADR 14).
public sealed class ReturnsModule : IModule
{
    public string Name => "Returns";
    public string Schema => ReturnsDbContext.SchemaName;
    public ModuleLayer Layer => ModuleLayer.Channels;
    public Type DbContextType => typeof(ReturnsDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ReturnsDbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(ReturnsModule).Assembly);
        services.AddModuleOptions<ReturnsOptions>(configuration, ReturnsOptions.Section);
        services.AddScoped<INavigationContributor, ReturnsNavigation>();
        services.AddScoped<IDashboardContributor, ReturnsDashboard>();
        services.TryAddSingleton<IFileStore, LocalFileStore>(); // evidence photos
        services.AddScheduledJob<AfterSaleDeadlinesJob>(AfterSaleDeadlinesJob.Name, "售后：商家超时自动同意，买家超时关闭", TimeSpan.FromMinutes(10));
    }
}
