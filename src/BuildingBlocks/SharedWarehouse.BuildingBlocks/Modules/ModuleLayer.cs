namespace SharedWarehouse.BuildingBlocks.Modules;

/// Where a module stands: it may use the Contracts of modules in lower layers only, so dependencies point one way
/// (docs/adr/0012-module-kit.md; ModuleLayerTests enforces it). Higher layers learn of lower ones' changes by
/// calling them; lower layers learn of higher ones' only through integration events they do not need to
/// reference (a local copy fed by events), never by calling up.
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
