using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Domain;

namespace SharedWarehouse.Modules.Repair.Web;

/// Repair work on the merchant's home page: new repairs to accept or quote, items to receive.
internal sealed class RepairDashboard(RepairDbContext db, IShopAccess shops) : IDashboardContributor
{
    public async Task<IEnumerable<DashboardTile>> GetTilesAsync(ClaimsPrincipal user, NavArea area, CancellationToken ct)
    {
        if (area != NavArea.Merchant || !user.WorksForAShop() || await shops.ActingAsync(user.Id(), ct) is not { } shop || !shop.Can(ShopPermissions.AfterSales)) return [];
        var mine = db.Repairs.Where(r => r.ShopId == shop.ShopId);
        return
        [
            new(area, DashboardKind.ToDo, "待受理维修", await mine.CountAsync(r => r.Status == RepairStatus.Requested, ct), "/merchant/repairs?filter=New", 14),
            new(area, DashboardKind.ToDo, "待收维修件", await mine.CountAsync(r => r.Status == RepairStatus.AwaitingItem || r.Status == RepairStatus.ItemSent, ct),
                "/merchant/repairs?filter=ToReceive", 15),
        ];
    }
}
