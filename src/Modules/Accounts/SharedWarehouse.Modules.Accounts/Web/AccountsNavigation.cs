using System.Security.Claims;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Modules.Accounts.Web;

internal sealed class AccountsNavigation : INavigationContributor
{
    public Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct) =>
        Task.FromResult<IEnumerable<NavItem>>(user.IsInRole(Roles.Admin)
            ? [new NavItem(NavArea.Admin, NavSection.Home, "平台人员", "/admin/staff", 5)]
            : []);
}
