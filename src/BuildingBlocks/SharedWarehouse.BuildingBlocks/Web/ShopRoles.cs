namespace SharedWarehouse.BuildingBlocks.Web;

/// A built-in role of a shop's team: a stable key (stored on the member) and the Chinese name people see.
public sealed record ShopRole(string Key, string Name, IReadOnlySet<string> Permissions);

/// The five built-in roles. They are fixed sets in code so that every shop means the same by 仓管, and a
/// release that adds a permission gives it to the right people without a data migration.
public static class ShopRoles
{
    public const string Manager = "manager";
    public const string CustomerService = "service";
    public const string Warehouse = "warehouse";
    public const string Finance = "finance";
    public const string Operations = "operations";

    private static readonly string[] OwnerOnly = [ShopPermissions.Wallet, ShopPermissions.Settlements, ShopPermissions.Team];

    public static readonly IReadOnlyList<ShopRole> All =
    [
        new(Manager, "店长", Set(ShopPermissions.All.Except(OwnerOnly))),
        new(CustomerService, "客服", Set([ShopPermissions.OrdersView, ShopPermissions.AfterSales, ShopPermissions.Reviews, ShopPermissions.Messages])),
        new(Warehouse, "仓管", Set([ShopPermissions.Stock, ShopPermissions.Warehouse, ShopPermissions.Receipts, ShopPermissions.Stocktakes,
            ShopPermissions.OrdersView, ShopPermissions.OrdersShip, ShopPermissions.Dropship])),
        new(Finance, "财务", Set([ShopPermissions.Wallet, ShopPermissions.Settlements, ShopPermissions.Invoices, ShopPermissions.Reports])),
        new(Operations, "运营", Set([ShopPermissions.Products, ShopPermissions.Decoration, ShopPermissions.Promotions])),
    ];

    public static ShopRole? Find(string? key) => All.FirstOrDefault(r => r.Key == key);

    public static bool Exists(string? key) => Find(key) is not null;

    /// The union of the roles' permissions; unknown keys (a role removed in a later release) grant nothing.
    public static IReadOnlySet<string> PermissionsOf(IEnumerable<string> roleKeys) =>
        Set(roleKeys.Select(Find).OfType<ShopRole>().SelectMany(r => r.Permissions));

    private static HashSet<string> Set(IEnumerable<string> permissions) => new(permissions, StringComparer.Ordinal);
}
