using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.Modules.Dropship.Features.Warehouse;
using SharedWarehouse.Modules.Dropship.Jobs;
using SharedWarehouse.Modules.Dropship.Web;
using SharedWarehouse.Modules.Wallet.Contracts;

namespace SharedWarehouse.Modules.Dropship;

/// One-click dropship and market pickup (一键代发 / 拿货): intake of outside shops' orders, the order filter
/// (warehouse stock or stall pickup), the picker app, out-of-stock handling, warehouse scan in/out with courier
/// waybills, returns and return-to-stall trips; platform dropship paid from the merchant's wallet.
public sealed class DropshipModule : IModule
{
    public string Name => "Dropship";
    public string Schema => DropshipDbContext.SchemaName;
    public ModuleLayer Layer => ModuleLayer.Channels;
    public Type DbContextType => typeof(DropshipDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleOptions<DropshipOptions>(configuration, DropshipOptions.Section);
        services.AddRegionSettingCheck<DropshipOptions>("Dropship:PlatformSenderRegionCode", o => o.PlatformSenderRegionCode);
        services.AddModuleDbContext<DropshipDbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(DropshipModule).Assembly);
        services.AddIntegrationEventHandler<WalletFunded, RetryHoldsOnWalletFunded, DropshipDbContext>();
        services.AddHttpClient(ReportTrackingToShopsHandler.ClientName, c => c.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(sp => CallbackHandler.Create(sp.GetRequiredService<DropshipOptions>()));
        services.AddOpenApi(Areas.Api.DropshipOpenApi.DocumentName, Areas.Api.DropshipOpenApi.Configure);
        services.AddScoped<INavigationContributor, DropshipNavigation>();
        services.AddScoped<IStartupTask, Seeding.DropshipDemoData>();
        services.AddScheduledJob<DropshipSweepJob>(DropshipSweepJob.Name, "代发：到期任务重新派发、余额到账后重试冻结、补完筛选与结算", TimeSpan.FromMinutes(1));
        services.AddScheduledJob<TrackingCallbackJob>(TrackingCallbackJob.Name, "代发：把快递单号回传给外部网店", TimeSpan.FromMinutes(1));
        services.AddScheduledJob<ImportUploadsCleanupJob>(ImportUploadsCleanupJob.Name, "代发：删除过期或已导入的订单上传文件", TimeSpan.FromMinutes(10));
    }
}
