using System.Security.Claims;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Modules.Dropship.Web;

internal sealed class DropshipNavigation : INavigationContributor
{
    public Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var items = new List<NavItem>();
        if (user.WorksForAShop())
        {
            items.Add(new NavItem(NavArea.Merchant, NavSection.Dropship, "一键代发", "/merchant/dropship", 75, Permission: ShopPermissions.Dropship));
            items.Add(new NavItem(NavArea.Merchant, NavSection.Dropship, "代发仓库", "/merchant/dropship/warehouse", 76, Permission: ShopPermissions.Dropship));
        }
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Operations))
        {
            items.Add(new NavItem(NavArea.Admin, NavSection.Dropship, "代发仓库", "/admin/dropship/warehouse", 62));
            items.Add(new NavItem(NavArea.Admin, NavSection.Dropship, "平台拣货员", "/admin/dropship/pickers", 63));
        }
        return Task.FromResult<IEnumerable<NavItem>>(items);
    }
}
