using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.Modules.Courier.Features;
using SharedWarehouse.Modules.Courier.Gateways;
using SharedWarehouse.Modules.Courier.Gateways.Simulator;
using SharedWarehouse.Modules.Courier.Jobs;
using SharedWarehouse.Modules.Courier.Web;

namespace SharedWarehouse.Modules.Courier;

/// Courier integration for dropship shipping: waybills booked through an ICourierGateway (the built-in simulator
/// unless configured otherwise), printed through Printing's label queue, tracked by a job that publishes
/// ParcelStatusChanged. Other modules use ICourier.
public sealed class CourierModule : IModule
{
    public string Name => "Courier";
    public string Schema => CourierDbContext.SchemaName;
    public ModuleLayer Layer => ModuleLayer.Stock;
    public Type DbContextType => typeof(CourierDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        var options = services.AddModuleOptions<CourierOptions>(configuration, CourierOptions.Section);
        services.AddModuleDbContext<CourierDbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(CourierModule).Assembly);
        services.AddScoped<ICourier, CourierFacade>();
        services.AddScoped<INavigationContributor, CourierNavigation>();

        if (!string.Equals(options.Provider, "Simulator", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Courier:Provider '{options.Provider}' has no adapter; only 'Simulator' is built in.");
        services.AddScoped<ICourierGateway, SimulatorCourierGateway>();
        services.AddScheduledJob<CourierTrackingJob>(CourierTrackingJob.Name, "快递跟踪：查询未签收包裹的物流进度",
            TimeSpan.FromSeconds(Math.Max(1, options.JobIntervalSeconds)));
    }
}
