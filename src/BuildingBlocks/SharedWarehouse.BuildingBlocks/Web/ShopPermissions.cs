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

    /// What each permission lets a person do, as the team page lists it (localisation keys), in menu order.
    public static readonly IReadOnlyList<(string Key, string Name)> Named =
    [
        (Products, "商品管理"), (Decoration, "店铺装修"), (Promotions, "营销活动"),
        (OrdersView, "订单查看"), (OrdersShip, "发货与录单"), (AfterSales, "售后与维修"), (Reviews, "回复评价"), (Messages, "客户消息"),
        (Stock, "库存与调拨"), (Warehouse, "仓库与共享授权"), (Receipts, "入库单"), (Stocktakes, "盘点"), (Dropship, "一键代发"),
        (Wallet, "钱包"), (Settlements, "代销结算"), (Invoices, "发票"), (Reports, "报表"), (Team, "团队管理"),
    ];
}
