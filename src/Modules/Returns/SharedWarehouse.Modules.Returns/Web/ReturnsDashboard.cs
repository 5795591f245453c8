using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Features.Queries;
using SharedWarehouse.Modules.Returns.Domain;

namespace SharedWarehouse.Modules.Returns.Web;

/// After-sales work on the back offices' home pages: the merchant's requests to answer and returns to receive, the
/// platform's escalations to decide.
internal sealed class ReturnsDashboard(ReturnsDbContext db, IShopAccess shops, TimeProvider time) : IDashboardContributor
{
    public async Task<IEnumerable<DashboardTile>> GetTilesAsync(ClaimsPrincipal user, NavArea area, CancellationToken ct)
    {
        if (area == NavArea.Merchant && user.WorksForAShop() && await shops.ActingAsync(user.Id(), ct) is { } shop && shop.Can(ShopPermissions.AfterSales))
        {
            var now = time.GetUtcNow().UtcDateTime;
            var mine = db.Requests.OfShop(shop.ShopId);
            return
            [
                new(area, DashboardKind.ToDo, "待处理售后", await mine.Filter(DeskFilter.ToAgree, now, shop.ShopId).CountAsync(ct),
                    "/merchant/after-sales?filter=ToAgree", 12),
                new(area, DashboardKind.ToDo, "待收退货", await mine.Filter(DeskFilter.ToReceive, now, shop.ShopId).CountAsync(ct),
                    "/merchant/after-sales?filter=ToReceive", 13),
            ];
        }
        if (area == NavArea.Admin && (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.CustomerService)))
            return [new(area, DashboardKind.ToDo, "平台介入", await db.Requests.CountAsync(r => r.Status == AfterSaleStatus.Escalated, ct), "/admin/after-sales", 30)];
        return [];
    }
}
