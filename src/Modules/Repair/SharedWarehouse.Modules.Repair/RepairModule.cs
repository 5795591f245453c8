using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Features.Deadlines;
using SharedWarehouse.Modules.Repair.Features.Payments;
using SharedWarehouse.Modules.Repair.Web;

namespace SharedWarehouse.Modules.Repair;

/// 维修: a buyer's repair of a received order line — free in warranty, otherwise quoted by the merchant and paid through
/// Payments; the item sent in and back; parts issued from the merchant's own stock through Inventory (ADR 14).
public sealed class RepairModule : IModule
{
    public string Name => "Repair";
    public string Schema => RepairDbContext.SchemaName;
    public ModuleLayer Layer => ModuleLayer.Channels;
    public Type DbContextType => typeof(RepairDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<RepairDbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(RepairModule).Assembly);
        services.AddModuleOptions<RepairOptions>(configuration, RepairOptions.Section);
        services.AddScoped<INavigationContributor, RepairNavigation>();
        services.AddScoped<IDashboardContributor, RepairDashboard>();
        services.TryAddSingleton<IFileStore, LocalFileStore>(); // fault photos
        services.AddIntegrationEventHandler<PaymentSucceeded, RepairPaidHandler, RepairDbContext>();
        services.AddScheduledJob<RepairDeadlinesJob>(RepairDeadlinesJob.Name, "维修：关闭过期未付款的报价", TimeSpan.FromMinutes(10));
    }
}
