using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.Modules.Accounts;
using SharedWarehouse.Modules.Catalog;
using SharedWarehouse.Modules.Dropship;
using SharedWarehouse.Modules.Courier;
using SharedWarehouse.Modules.Inventory;
using SharedWarehouse.Modules.Markets;
using SharedWarehouse.Modules.Merchants;
using SharedWarehouse.Modules.Notifications;
using SharedWarehouse.Modules.Ordering;
using SharedWarehouse.Modules.Payments;
using SharedWarehouse.Modules.Printing;
using SharedWarehouse.Modules.Wallet;
using SharedWarehouse.Modules.Returns;
using SharedWarehouse.Modules.Rental;
using SharedWarehouse.Modules.Repair;

namespace SharedWarehouse.Web;

/// The explicit list of modules this host runs. Adding a module is one line here.
public static class ModulesRegistry
{
    public static IReadOnlyList<IModule> All { get; } =
    [
        new AccountsModule(),
        new MerchantsModule(),
        new NotificationsModule(),
        new CatalogModule(),
        new InventoryModule(),
        new PaymentsModule(),
        new OrderingModule(),
        new PrintingModule(),
        new WalletModule(),
        new DropshipModule(),
        new MarketsModule(),
        new CourierModule(),
        new ReturnsModule(),
        new RentalModule(),
        new RepairModule(),
    ];
}
