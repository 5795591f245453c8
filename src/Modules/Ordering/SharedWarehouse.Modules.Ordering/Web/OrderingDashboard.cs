using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;

namespace SharedWarehouse.Modules.Ordering.Web;

/// The merchant's order work (to ship, refunds, reviews to answer) and sales; the platform's orders and turnover;
/// the buyer's orders by state for the account centre.
/// A sale is a sub-order that is paid or cash on delivery (not awaiting payment, not cancelled), on the China day it
/// was placed; the platform's figures leave consignment purchases out, as their goods are sold once already.
internal sealed class OrderingDashboard(OrderingDbContext db, IShopAccess shops, TimeProvider time) : IDashboardContributor
{
    private static readonly OrderStatus[] NotSales = [OrderStatus.Placing, OrderStatus.Failed, OrderStatus.AwaitingPayment, OrderStatus.Cancelled];

    public async Task<IEnumerable<DashboardTile>> GetTilesAsync(ClaimsPrincipal user, NavArea area, CancellationToken ct)
    {
        if (area == NavArea.Merchant && user.WorksForAShop() && await shops.ActingAsync(user.Id(), ct) is { } shop)
        {
            // Each tile only for those who may open what it links to (a 客服 answers reviews, a 仓管 ships).
            var tiles = new List<DashboardTile>();
            if (shop.Can(ShopPermissions.OrdersView))
            {
                var subs = db.SubOrders.Where(s => s.ShopId == shop.ShopId);
                var toShip = await subs.CountAsync(s => s.Status == OrderStatus.ToShip || s.Status == OrderStatus.PartiallyShipped, ct);
                var refunding = await subs.CountAsync(s => db.Orders.Any(o => o.Id == s.OrderId && o.Refund == RefundStatus.Requested), ct);
                var (orders, sales) = await DailyAsync(shop.ShopId, ct);
                tiles.Add(new(area, DashboardKind.ToDo, "待发货", toShip, "/merchant/orders?filter=ToShip", 10));
                tiles.Add(new(area, DashboardKind.ToDo, "退款中", refunding, "/merchant/orders?filter=Refunding", 11));
                tiles.Add(new(area, DashboardKind.Figure, "今日订单", orders[^1], "/merchant/orders?filter=All", 10));
                tiles.Add(new(area, DashboardKind.Figure, "今日销售额", sales[^1], null, 11, IsMoney: true, Last7Days: sales, SeriesText: "近 7 日销售额"));
            }
            if (shop.Can(ShopPermissions.Reviews))
            {
                var unanswered = await db.Reviews.CountAsync(r => r.ShopId == shop.ShopId && r.Reply == null && r.Text != "", ct);
                tiles.Add(new(area, DashboardKind.ToDo, "待回复评价", unanswered, "/merchant/reviews", 60));
            }
            return tiles;
        }
        if (area == NavArea.Account && user.FindId() is { } buyer)
        {
            var mine = await db.Orders.Where(o => o.BuyerId == buyer).GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            long Count(params OrderStatus[] states) => mine.Where(m => states.Contains(m.Key)).Sum(m => m.Count);
            return
            [
                new(area, DashboardKind.ToDo, "待付款", Count(OrderStatus.AwaitingPayment), "/orders?status=AwaitingPayment", 10),
                new(area, DashboardKind.ToDo, "待发货", Count(OrderStatus.ToShip, OrderStatus.PartiallyShipped), "/orders?status=ToShip", 11),
                new(area, DashboardKind.ToDo, "待收货", Count(OrderStatus.Shipped), "/orders?status=Shipped", 12),
                new(area, DashboardKind.ToDo, "已完成", Count(OrderStatus.Received), "/orders?status=Received", 13),
            ];
        }
        if (area == NavArea.Admin && (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Operations) || user.IsInRole(Roles.Finance)))
        {
            var (orders, sales) = await DailyAsync(null, ct);
            return
            [
                new(area, DashboardKind.Figure, "今日订单", orders[^1], null, 10),
                new(area, DashboardKind.Figure, "今日成交额", sales[^1], "/admin/payments", 11, IsMoney: true, Last7Days: sales, SeriesText: "近 7 日成交额"),
            ];
        }
        return [];
    }

    /// Orders and sales (fen) of each of the last seven China days, oldest first, for one shop or the platform.
    private async Task<(long[] Orders, long[] Sales)> DailyAsync(Guid? shopId, CancellationToken ct)
    {
        var today = ChinaTime.Today(time);
        var since = ChinaTime.StartUtc(today.AddDays(-6));
        var rows = await (from s in db.SubOrders.AsNoTracking()
                          join o in db.Orders.AsNoTracking() on s.OrderId equals o.Id
                          where o.PlacedUtc >= since && !NotSales.Contains(s.Status)
                                && (shopId == null ? o.Source != OrderSource.ConsignmentPurchase : s.ShopId == shopId)
                          select new { o.PlacedUtc, s.ShippingFen, s.DiscountFen,
                              Goods = db.Lines.Where(l => l.SubOrderId == s.Id).Sum(l => (long?)l.UnitPriceFen * l.Quantity) ?? 0 }).ToListAsync(ct);
        var orders = new long[7];
        var sales = new long[7];
        foreach (var r in rows)
        {
            var day = ChinaTime.DateOf(r.PlacedUtc).DayNumber - today.AddDays(-6).DayNumber;
            if (day is < 0 or > 6) continue;
            orders[day]++;
            sales[day] += r.Goods + r.ShippingFen - r.DiscountFen;
        }
        return (orders, sales);
    }
}
