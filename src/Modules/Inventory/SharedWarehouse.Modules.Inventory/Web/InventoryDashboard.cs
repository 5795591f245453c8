using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Inventory.Web;

/// The merchant's open stock alerts: below the safety stock, and lots near their expiry date.
internal sealed class InventoryDashboard(InventoryDbContext db, IShopAccess shops) : IDashboardContributor
{
    public async Task<IEnumerable<DashboardTile>> GetTilesAsync(ClaimsPrincipal user, NavArea area, CancellationToken ct)
    {
        if (area != NavArea.Merchant || !user.WorksForAShop() || await shops.ActingAsync(user.Id(), ct) is not { } access || !access.Can(ShopPermissions.Stock)) return [];
        var shop = access.ShopId;
        var open = await db.Alerts.Where(a => a.ShopId == shop && a.ClearedUtc == null).GroupBy(a => a.Kind)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        long Count(StockAlertKind kind) => open.FirstOrDefault(o => o.Key == kind)?.Count ?? 0;
        return
        [
            new(area, DashboardKind.ToDo, "库存预警", Count(StockAlertKind.LowStock), "/merchant/stock/alerts", 20),
            new(area, DashboardKind.ToDo, "临期批次", Count(StockAlertKind.NearExpiry), "/merchant/stock/alerts", 21),
        ];
    }
}
