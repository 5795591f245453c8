using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Persistence;

namespace SharedWarehouse.Modules.Inventory.Data;

public sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "inventory";
}
