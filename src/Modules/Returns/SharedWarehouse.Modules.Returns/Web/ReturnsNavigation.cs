using System.Security.Claims;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Modules.Returns.Web;

internal sealed class ReturnsNavigation : INavigationContributor
{
    /// Who decides escalated requests: platform customer service (and the super admin).
    public const string PlatformRoles = Roles.Admin + "," + Roles.CustomerService;

    public Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var items = new List<NavItem>();
        if (user.Identity?.IsAuthenticated == true) items.Add(new NavItem(NavArea.Account, NavSection.None, "我的售后", "/after-sales", 29));
        if (user.WorksForAShop()) items.Add(new NavItem(NavArea.Merchant, NavSection.Orders, "售后", "/merchant/after-sales", 22, Permission: ShopPermissions.AfterSales));
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.CustomerService))
            items.Add(new NavItem(NavArea.Admin, NavSection.Review, "平台介入", "/admin/after-sales", 40));
        return Task.FromResult<IEnumerable<NavItem>>(items);
    }
}
