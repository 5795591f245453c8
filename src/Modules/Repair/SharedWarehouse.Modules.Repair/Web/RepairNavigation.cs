using System.Security.Claims;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Modules.Repair.Web;

/// 我的维修 for buyers; the repair desk and the per-product repair terms for merchant owners; the module's overview for admins.
internal sealed class RepairNavigation : INavigationContributor
{
    public Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var items = new List<NavItem>();
        if (user.Identity?.IsAuthenticated == true) items.Add(new NavItem(NavArea.Account, NavSection.None, "我的维修", "/repairs", 30));
        if (user.WorksForAShop())
        {
            items.Add(new NavItem(NavArea.Merchant, NavSection.Orders, "维修", "/merchant/repairs", 23, Permission: ShopPermissions.AfterSales));
            items.Add(new NavItem(NavArea.Merchant, NavSection.Orders, "保修设置", "/merchant/repairs/terms", 24, Permission: ShopPermissions.AfterSales));
        }
        if (user.IsInRole(Roles.Admin)) items.Add(new NavItem(NavArea.Admin, NavSection.Review, "维修", "/admin/repair", 90));
        return Task.FromResult<IEnumerable<NavItem>>(items);
    }
}
