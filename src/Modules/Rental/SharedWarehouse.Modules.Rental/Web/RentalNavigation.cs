using System.Security.Claims;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Modules.Rental.Web;

internal sealed class RentalNavigation : INavigationContributor
{
    /// Who decides disputed damage charges: platform customer service (and the super admin).
    public const string PlatformRoles = Roles.Admin + "," + Roles.CustomerService;

    public Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        // No storefront header entry: the header is full at 1366 px in English (BackOfficeShellTests); buyers reach the hub
        // from 我的租赁 and from the rentals' own pages.
        var items = new List<NavItem>();
        if (user.Identity?.IsAuthenticated == true) items.Add(new NavItem(NavArea.Account, NavSection.None, "我的租赁", "/rentals/my", 30));
        if (user.WorksForAShop())
        {
            items.Add(new NavItem(NavArea.Merchant, NavSection.Orders, "租赁台", "/merchant/rentals", 24, Permission: ShopPermissions.OrdersView));
            items.Add(new NavItem(NavArea.Merchant, NavSection.Goods, "租赁品", "/merchant/rental-items", 40, Permission: ShopPermissions.Products));
        }
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.CustomerService))
            items.Add(new NavItem(NavArea.Admin, NavSection.Review, "租赁", "/admin/rental", 41));
        return Task.FromResult<IEnumerable<NavItem>>(items);
    }
}
