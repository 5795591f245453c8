using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;
using SharedWarehouse.Modules.Rental.Features.Queries;

namespace SharedWarehouse.Modules.Rental.Web;

/// Rental work on the back offices' home pages: the merchant's units to hand over and overdue units, the platform's
/// disputed charges.
internal sealed class RentalDashboard(RentalDbContext db, IShopAccess shops, TimeProvider time) : IDashboardContributor
{
    public async Task<IEnumerable<DashboardTile>> GetTilesAsync(ClaimsPrincipal user, NavArea area, CancellationToken ct)
    {
        if (area == NavArea.Merchant && user.WorksForAShop() && await shops.ActingAsync(user.Id(), ct) is { } shop && shop.Can(ShopPermissions.OrdersView))
        {
            var mine = db.Bookings.Where(b => b.ShopId == shop.ShopId);
            var today = ChinaTime.Today(time);
            var toHandOver = await mine.Filter(RentalDeskFilter.ToHandOver, today).CountAsync(ct);
            var overdue = await mine.Filter(RentalDeskFilter.Overdue, today).CountAsync(ct);
            // A shop that rents nothing out is not shown two empty rental tiles.
            if (toHandOver == 0 && overdue == 0 && !await db.Items.AnyAsync(i => i.ShopId == shop.ShopId, ct)) return [];
            return
            [
                new(area, DashboardKind.ToDo, "待交付租赁", toHandOver, "/merchant/rentals?filter=ToHandOver", 14),
                new(area, DashboardKind.ToDo, "逾期未还", overdue, "/merchant/rentals?filter=Overdue", 15),
            ];
        }
        if (area == NavArea.Admin && (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.CustomerService)))
            return [new(area, DashboardKind.ToDo, "租赁扣款争议", await db.Bookings.CountAsync(b => b.Status == RentalStatus.Disputed, ct), "/admin/rental", 31)];
        return [];
    }
}
