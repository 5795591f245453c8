using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Features.Team;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.Modules.Merchants.Web;

internal sealed class MerchantsNavigation(MerchantsDbContext db, ISender sender) : INavigationContributor
{
    public async Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true) return [];
        var items = new List<NavItem>();
        if (user.WorksForAShop())
        {
            items.Add(new NavItem(NavArea.Merchant, NavSection.Home, "商家后台", "/merchant", 10));
            items.Add(new NavItem(NavArea.Merchant, NavSection.Shop, "店铺装修", "/merchant/decoration", 15, Permission: ShopPermissions.Decoration));
            items.Add(new NavItem(NavArea.Merchant, NavSection.Shop, "团队成员", "/merchant/team", 20, Permission: ShopPermissions.Team));
        }
        else
            items.Add(new NavItem(NavArea.Account, NavSection.None, "我的开店申请", "/merchant-application", 20));
        // Only while an invitation waits: the entry is how an invitee (often a buyer account) finds it.
        if (await sender.Send(new ListMyInvitations(user.Id()), ct) is { Count: > 0 } invitations)
            items.Add(new NavItem(NavArea.Account, NavSection.None, "店铺邀请", "/account/shop-invitations", 21, invitations.Count));
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Reviewer))
        {
            var pending = await db.Applications.CountAsync(a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Resubmitted, ct);
            items.Add(new NavItem(NavArea.Admin, NavSection.Review, "开店审核", "/admin/merchant-applications", 10, pending));
        }
        return items;
    }
}
