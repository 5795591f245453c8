using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.Modules.Inventory.Data;

namespace SharedWarehouse.Modules.Inventory;

public sealed class InventoryModule : IModule
{
    public string Name => "Inventory";
    public string Schema => InventoryDbContext.SchemaName;
    public Type DbContextType => typeof(InventoryDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<InventoryDbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(InventoryModule).Assembly);
    }
}
