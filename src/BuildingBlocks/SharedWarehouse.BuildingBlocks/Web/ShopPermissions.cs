namespace SharedWarehouse.BuildingBlocks.Web;

/// What a member of a shop's team may do, one key per area of the back office. The keys are stored in
/// nothing but code (built-in roles are sets of them), so renaming one is a code change, never a data change.
public static class ShopPermissions
{
    // Selling
    public const string Products = "products";
    public const string Decoration = "decoration";
    public const string Promotions = "promotions";

    // Orders and service
    public const string OrdersView = "orders.view";
    public const string OrdersShip = "orders.ship";
    public const string AfterSales = "aftersales";
    public const string Reviews = "reviews";
    public const string Messages = "messages";

    // Goods
    public const string Stock = "stock";
    public const string Warehouse = "warehouse";
    public const string Receipts = "receipts";
    public const string Stocktakes = "stocktakes";
    public const string Dropship = "dropship";

    // Money
    public const string Wallet = "wallet";
    public const string Settlements = "settlements";
    public const string Invoices = "invoices";
    public const string Reports = "reports";

    // The team itself: inviting, removing and assigning roles. No built-in role has it, so only the owner does.
    public const string Team = "team";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(
    [
        Products, Decoration, Promotions, OrdersView, OrdersShip, AfterSales, Reviews, Messages,
        Stock, Warehouse, Receipts, Stocktakes, Dropship, Wallet, Settlements, Invoices, Reports, Team,
    ], StringComparer.Ordinal);
}
