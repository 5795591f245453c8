using System.Security.Claims;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Modules.Markets.Web;

internal sealed class MarketsNavigation : INavigationContributor
{
    public Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var items = new List<NavItem>();
        if (user.WorksForAShop())
        {
            items.Add(new NavItem(NavArea.Merchant, NavSection.Dropship, "档口设置", "/merchant/stall-codes", 40, Permission: ShopPermissions.Dropship));
            items.Add(new NavItem(NavArea.Merchant, NavSection.Dropship, "批发市场", "/merchant/markets", 41, Permission: ShopPermissions.Dropship));
        }
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Operations)) items.Add(new NavItem(NavArea.Admin, NavSection.Goods, "批发市场", "/admin/markets", 45));
        return Task.FromResult<IEnumerable<NavItem>>(items);
    }
}
