using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Courier.Domain;
using SharedWarehouse.Modules.Courier.Gateways.Simulator;

namespace SharedWarehouse.Modules.Courier.Data;

public sealed class CourierDbContext(DbContextOptions<CourierDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "courier";

    public DbSet<IssuedWaybill> Waybills => Set<IssuedWaybill>();
    public DbSet<TrackingRecord> TrackingEvents => Set<TrackingRecord>();
    public DbSet<WaybillPrint> Prints => Set<WaybillPrint>();
    public DbSet<SimulatedShipment> SimulatedShipments => Set<SimulatedShipment>();
}
