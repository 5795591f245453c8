using System.Security.Claims;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Modules.Payments.Web;

internal sealed class PaymentsNavigation : INavigationContributor
{
    public Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct) =>
        Task.FromResult<IEnumerable<NavItem>>(user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Finance)
            ? [new NavItem(NavArea.Admin, NavSection.Money, "支付流水", "/admin/payments", 60)]
            : []);
}
