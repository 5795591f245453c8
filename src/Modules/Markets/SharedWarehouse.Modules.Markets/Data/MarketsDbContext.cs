using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Markets.Domain;

namespace SharedWarehouse.Modules.Markets.Data;

public sealed class MarketsDbContext(DbContextOptions<MarketsDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "markets";

    public DbSet<Market> Markets => Set<Market>();
    public DbSet<Floor> Floors => Set<Floor>();
    public DbSet<Stall> Stalls => Set<Stall>();
    public DbSet<StallCode> StallCodes => Set<StallCode>();
    public DbSet<StallCodeOption> StallCodeOptions => Set<StallCodeOption>();
}
