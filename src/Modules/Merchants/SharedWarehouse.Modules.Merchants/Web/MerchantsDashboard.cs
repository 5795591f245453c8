using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.Modules.Merchants.Web;

/// Shop applications waiting for a reviewer, and the shops open on the platform.
internal sealed class MerchantsDashboard(MerchantsDbContext db) : IDashboardContributor
{
    public async Task<IEnumerable<DashboardTile>> GetTilesAsync(ClaimsPrincipal user, NavArea area, CancellationToken ct)
    {
        if (area != NavArea.Admin || !(user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Reviewer))) return [];
        var pending = await db.Applications.CountAsync(a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Resubmitted, ct);
        return
        [
            new(area, DashboardKind.ToDo, "开店待审核", pending, "/admin/merchant-applications", 10),
            new(area, DashboardKind.Figure, "店铺数", await db.Shops.CountAsync(ct), null, 20),
        ];
    }
}
