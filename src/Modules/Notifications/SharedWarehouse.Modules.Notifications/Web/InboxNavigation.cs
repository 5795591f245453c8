using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Notifications.Data;

namespace SharedWarehouse.Modules.Notifications.Web;

internal sealed class InboxNavigation(NotificationsDbContext db) : INavigationContributor
{
    public async Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.FindId() is not { } userId) return [];
        var unread = await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadUtc == null, ct);
        return [new NavItem(NavArea.Account, NavSection.None, "消息", "/inbox", 90, unread)];
    }
}
