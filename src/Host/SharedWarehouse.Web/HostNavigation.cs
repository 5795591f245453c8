using System.Security.Claims;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Web;

/// The host's own menu entries: the consoles of each audience.
internal sealed class HostNavigation : INavigationContributor
{
    public Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var items = new List<NavItem>();
        if (Roles.AdminConsole.Split(',').Any(user.IsInRole)) items.Add(new NavItem(NavArea.Admin, NavSection.Home, "工作台", "/admin", 0));
        if (user.IsInRole(Roles.Picker)) items.Add(new NavItem(NavArea.Picker, NavSection.None, "拣货单", "/picker", 0));
        return Task.FromResult<IEnumerable<NavItem>>(items);
    }
}
