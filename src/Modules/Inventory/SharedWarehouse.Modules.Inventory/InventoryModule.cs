using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Features.Reservations;
using SharedWarehouse.Modules.Inventory.Jobs;

namespace SharedWarehouse.Modules.Inventory;

/// Warehouses, the stock ledger, reservations and sharing grants of the shared cloud warehouse.
public sealed class InventoryModule : IModule
{
    public string Name => "Inventory";
    public string Schema => InventoryDbContext.SchemaName;
    public ModuleLayer Layer => ModuleLayer.Stock;
    public Type DbContextType => typeof(InventoryDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<InventoryDbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(InventoryModule).Assembly);
        services.AddScoped<ShopScope>();
        services.AddScoped<StockLedger>();
        services.AddScoped<IStockAvailability, StockAvailability>();
        services.AddScoped<IStockReservations, StockReservations>();
        services.AddScoped<IStockIssues, Features.Issues.StockIssues>();
        services.AddIntegrationEventHandler<ReservationsHoldRequested, HoldReservationsHandler, InventoryDbContext>();
        services.AddIntegrationEventHandler<ReservationsReleaseRequested, ReleaseReservationsHandler, InventoryDbContext>();
        services.AddIntegrationEventHandler<StockShipRequested, ShipReservedStockHandler, InventoryDbContext>();
        services.AddIntegrationEventHandler<StockReturnRequested, ReturnShippedStockHandler, InventoryDbContext>();
        services.AddScoped<IReservationLookup, ReservationLookup>();
        services.AddScoped<IShopWarehouses, Features.Queries.ShopWarehouses>();
        services.AddScoped<SharedWarehouse.BuildingBlocks.Modules.IStartupTask, Seeding.InventoryDemoData>();
        services.AddScoped<SharedWarehouse.BuildingBlocks.Web.INavigationContributor, Web.InventoryNavigation>();
        services.AddScoped<SharedWarehouse.BuildingBlocks.Web.IDashboardContributor, Web.InventoryDashboard>();
        services.AddScheduledJob<LedgerCheckJob>(LedgerCheckJob.Name, "每晚核对库存台账（在库 = 流水之和）", TimeSpan.FromHours(24));
        services.AddScheduledJob<ExpireReservationsJob>(ExpireReservationsJob.Name, "释放超时的库存预占", TimeSpan.FromMinutes(1));
        services.AddScheduledJob<StockAlertsJob>(StockAlertsJob.Name, "低库存与临期预警（发送到商家站内信）", TimeSpan.FromHours(1));
    }
}
