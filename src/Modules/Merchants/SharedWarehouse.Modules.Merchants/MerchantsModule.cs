using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Web;

namespace SharedWarehouse.Modules.Merchants;

/// Merchant onboarding (shop applications and their review) and the shops it opens.
public sealed class MerchantsModule : IModule
{
    public string Name => "Merchants";
    public string Schema => MerchantsDbContext.SchemaName;
    public ModuleLayer Layer => ModuleLayer.Shops;
    public Type DbContextType => typeof(MerchantsDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<MerchantsDbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(MerchantsModule).Assembly);
        services.TryAddSingleton<IFileStore, LocalFileStore>();
        services.AddScoped<IMerchantDirectory, MerchantDirectory>();
        services.AddScoped<IShopAccess, ShopAccessReader>();
        services.AddScoped<CurrentShopAccess>();
        services.AddScoped<ICurrentShopPermissions>(sp => sp.GetRequiredService<CurrentShopAccess>());
        services.AddScoped<ShopPermissionFilter>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.AddService<ShopPermissionFilter>());
        services.AddScoped<INavigationContributor, MerchantsNavigation>();
        services.AddScoped<IDashboardContributor, MerchantsDashboard>();
        services.AddScoped<IStartupTask, Seeding.MerchantsDemoData>();
    }
}
