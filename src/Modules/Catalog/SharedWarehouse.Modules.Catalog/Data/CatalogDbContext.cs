using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Persistence;

namespace SharedWarehouse.Modules.Catalog.Data;

public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "catalog";
}
