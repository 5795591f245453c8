using System.Security.Claims;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Modules.Inventory.Web;

internal sealed class InventoryNavigation : INavigationContributor
{
    public Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var items = new List<NavItem>();
        if (user.WorksForAShop())
        {
            items.Add(new NavItem(NavArea.Merchant, NavSection.Stock, "仓库", "/merchant/warehouses", 30, Permission: ShopPermissions.Warehouse));
            items.Add(new NavItem(NavArea.Merchant, NavSection.Stock, "入库单", "/merchant/receipts", 31, Permission: ShopPermissions.Receipts));
            items.Add(new NavItem(NavArea.Merchant, NavSection.Stock, "库存", "/merchant/stock", 32, Permission: ShopPermissions.Stock));
            items.Add(new NavItem(NavArea.Merchant, NavSection.Stock, "共享授权", "/merchant/grants", 33, Permission: ShopPermissions.Warehouse));
            items.Add(new NavItem(NavArea.Merchant, NavSection.Stock, "调拨单", "/merchant/transfers", 34, Permission: ShopPermissions.Stock));
            items.Add(new NavItem(NavArea.Merchant, NavSection.Stock, "盘点单", "/merchant/stocktakes", 35, Permission: ShopPermissions.Stocktakes));
            items.Add(new NavItem(NavArea.Merchant, NavSection.Stock, "库存预警", "/merchant/stock/alerts", 36, Permission: ShopPermissions.Stock));
        }
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Operations))
            items.Add(new NavItem(NavArea.Admin, NavSection.Stock, "平台仓库", "/admin/warehouses", 40));
        return Task.FromResult<IEnumerable<NavItem>>(items);
    }
}
