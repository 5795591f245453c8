using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Markets.Contracts;
using SharedWarehouse.Modules.Markets.Data;
using SharedWarehouse.Modules.Markets.Features.StallCodes;
using SharedWarehouse.Modules.Markets.Web;

namespace SharedWarehouse.Modules.Markets;

/// Wholesale markets (floors, stalls) kept by the platform, and each merchant's stall codes: which stall (and the
/// stall's style number) sells each of its product codes, with ranked alternates. Dropship pickup reads them
/// through IStallDirectory.
public sealed class MarketsModule : IModule
{
    public string Name => "Markets";
    public string Schema => MarketsDbContext.SchemaName;
    public ModuleLayer Layer => ModuleLayer.Goods;
    public Type DbContextType => typeof(MarketsDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<MarketsDbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(MarketsModule).Assembly);
        services.AddScoped<IStallDirectory, StallDirectory>();
        services.AddScoped<StallCodeRows>();
        services.AddScoped<INavigationContributor, MarketsNavigation>();
        services.AddScoped<IStartupTask, Seeding.MarketsDemoData>();
    }
}
