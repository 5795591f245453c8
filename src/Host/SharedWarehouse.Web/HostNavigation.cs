using System.Security.Claims;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Web;

/// The host's own menu entries: the consoles of each audience and the buyer's account centre.
internal sealed class HostNavigation : INavigationContributor
{
    public Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var items = new List<NavItem>();
        if (user.Identity?.IsAuthenticated == true) items.Add(new NavItem(NavArea.Account, NavSection.None, "我的账户", "/account", 0));
        if (Roles.AdminConsole.Split(',').Any(user.IsInRole)) items.Add(new NavItem(NavArea.Admin, NavSection.Home, "工作台", "/admin", 0));
        if (user.IsInRole(Roles.Picker)) items.Add(new NavItem(NavArea.Picker, NavSection.None, "拣货单", "/picker", 0));
        return Task.FromResult<IEnumerable<NavItem>>(items);
    }
}
