using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.Modules.Catalog.Data;

namespace SharedWarehouse.Modules.Catalog;

public sealed class CatalogModule : IModule
{
    public string Name => "Catalog";
    public string Schema => CatalogDbContext.SchemaName;
    public Type DbContextType => typeof(CatalogDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CatalogDbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(CatalogModule).Assembly);
    }
}
