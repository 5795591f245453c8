using System.Security.Claims;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Modules.Ordering.Web;

internal sealed class OrderingNavigation : INavigationContributor
{
    public Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var items = new List<NavItem> { new(NavArea.Storefront, NavSection.None, "购物车", "/cart", 80) };
        if (user.Identity?.IsAuthenticated == true)
        {
            items.Add(new NavItem(NavArea.Storefront, NavSection.None, "我的订单", "/orders", 81));
            items.Add(new NavItem(NavArea.Account, NavSection.None, "我的评价", "/account/reviews", 30));
            items.Add(new NavItem(NavArea.Account, NavSection.None, "收货地址", "/account/addresses", 31));
        }
        if (user.WorksForAShop())
        {
            items.Add(new NavItem(NavArea.Merchant, NavSection.Orders, "订单", "/merchant/orders", 20, Permission: ShopPermissions.OrdersView));
            items.Add(new NavItem(NavArea.Merchant, NavSection.Goods, "商品评价", "/merchant/reviews", 21, Permission: ShopPermissions.Reviews));
        }
        return Task.FromResult<IEnumerable<NavItem>>(items);
    }
}
