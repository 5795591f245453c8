using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.Modules.Merchants.Web;

internal sealed class MerchantsNavigation(MerchantsDbContext db) : INavigationContributor
{
    public async Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true) return [];
        var items = new List<NavItem>();
        if (user.IsInRole(Roles.MerchantOwner) || user.IsInRole(Roles.MerchantStaff))
        {
            items.Add(new NavItem(NavArea.Merchant, NavSection.Home, "商家后台", "/merchant", 10));
            items.Add(new NavItem(NavArea.Merchant, NavSection.Shop, "店铺装修", "/merchant/decoration", 15));
        }
        else
            items.Add(new NavItem(NavArea.Account, NavSection.None, "我的开店申请", "/merchant-application", 20));
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Reviewer))
        {
            var pending = await db.Applications.CountAsync(a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Resubmitted, ct);
            items.Add(new NavItem(NavArea.Admin, NavSection.Review, "开店审核", "/admin/merchant-applications", 10, pending));
        }
        return items;
    }
}
