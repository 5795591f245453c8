using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Catalog.Web;

/// Products waiting on review, or sent back by it, for the merchant; the review queue for the platform.
internal sealed class CatalogDashboard(CatalogDbContext db, IShopAccess shops) : IDashboardContributor
{
    public async Task<IEnumerable<DashboardTile>> GetTilesAsync(ClaimsPrincipal user, NavArea area, CancellationToken ct)
    {
        if (area == NavArea.Merchant && user.WorksForAShop() && await shops.ActingAsync(user.Id(), ct) is { } shop && shop.Can(ShopPermissions.Products))
        {
            var own = db.Products.Where(p => p.ShopId == shop.ShopId);
            return
            [
                new(area, DashboardKind.ToDo, "审核中的商品", await own.CountAsync(p => p.Status == ReviewStatus.Pending, ct), "/merchant/products?status=Pending", 30),
                new(area, DashboardKind.ToDo, "被驳回的商品", await own.CountAsync(p => p.Status == ReviewStatus.Rejected, ct), "/merchant/products?status=Rejected", 31),
                new(area, DashboardKind.Figure, "在售商品", await own.CountAsync(p => p.IsListed, ct), "/merchant/products?status=listed", 30),
            ];
        }
        if (area == NavArea.Admin && (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Reviewer)))
            return [new(area, DashboardKind.ToDo, "商品待审核", await db.Products.CountAsync(p => p.Status == ReviewStatus.Pending, ct), "/admin/products/reviews", 20)];
        return [];
    }
}
