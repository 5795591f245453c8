using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Inventory.Domain;

namespace SharedWarehouse.Modules.Inventory.Data;

public sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "inventory";

    public DbSet<Warehouse> Warehouses => Set<Warehouse>();
    public DbSet<Bin> Bins => Set<Bin>();
    public DbSet<StockBalance> Balances => Set<StockBalance>();
    public DbSet<StockMovement> Movements => Set<StockMovement>();
    public DbSet<Receipt> Receipts => Set<Receipt>();
    public DbSet<Reservation> Reservations => Set<Reservation>();
    public DbSet<ReservationAllocation> Allocations => Set<ReservationAllocation>();
    public DbSet<SharingGrant> Grants => Set<SharingGrant>();
    public DbSet<Transfer> Transfers => Set<Transfer>();
    public DbSet<Stocktake> Stocktakes => Set<Stocktake>();
    public DbSet<StocktakeLine> StocktakeLines => Set<StocktakeLine>();
    public DbSet<StockAlertSettings> AlertSettings => Set<StockAlertSettings>();
    public DbSet<LowStockThreshold> Thresholds => Set<LowStockThreshold>();
    public DbSet<StockAlert> Alerts => Set<StockAlert>();
    public DbSet<StockIssue> Issues => Set<StockIssue>();
}
