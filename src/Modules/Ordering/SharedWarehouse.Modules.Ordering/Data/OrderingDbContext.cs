using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Ordering.Domain;

namespace SharedWarehouse.Modules.Ordering.Data;

public sealed class OrderingDbContext(DbContextOptions<OrderingDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "ordering";

    public DbSet<CartItem> CartItems => Set<CartItem>();
    public DbSet<BuyerAddress> Addresses => Set<BuyerAddress>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<SubOrder> SubOrders => Set<SubOrder>();
    public DbSet<OrderLine> Lines => Set<OrderLine>();
    public DbSet<OrderTransition> Transitions => Set<OrderTransition>();
    public DbSet<Shipment> Shipments => Set<Shipment>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ReviewImage> ReviewImages => Set<ReviewImage>();
    public DbSet<RatingSummary> Ratings => Set<RatingSummary>();
    public DbSet<ConsignmentSettlement> ConsignmentSettlements => Set<ConsignmentSettlement>();
    public DbSet<SettlementReversal> SettlementReversals => Set<SettlementReversal>();
}
