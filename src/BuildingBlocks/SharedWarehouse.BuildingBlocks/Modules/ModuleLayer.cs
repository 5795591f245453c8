namespace SharedWarehouse.BuildingBlocks.Modules;

/// Where a module stands: it may use the Contracts of modules in lower layers only, so dependencies point one way
/// (docs/adr/0012-module-kit.md; ModuleLayerTests enforces it). Handling a module's events uses its Contracts too:
/// a lower module that must react to a higher one owns the event type and the higher one publishes it (as
/// Notifications' UserNotificationRequested), or the higher one calls it.
public enum ModuleLayer
{
    /// Services every module may call: notifications, printing, payments.
    Platform,
    /// People, sign-in and roles.
    People,
    /// Shops and their applications.
    Shops,
    /// What is sold and where it is bought: products, wholesale markets.
    Goods,
    /// Where goods lie and how they travel: stock, couriers.
    Stock,
    /// Merchants' money.
    Money,
    /// Selling: carts, orders, consignment.
    Selling,
    /// Channels and after-sales built on selling: dropship, returns, flash sale, group-buy, bidding …
    Channels,
}
