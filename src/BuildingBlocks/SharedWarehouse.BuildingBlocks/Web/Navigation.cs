using System.Security.Claims;

namespace SharedWarehouse.BuildingBlocks.Web;

public enum NavArea { Storefront, Merchant, Admin, Picker, Account }

/// The groups of the back-office menus, in menu order (as merchant consoles group them: 商品 / 订单 / 库存 / 代发 /
/// 资金 / 店铺 …). Storefront, account and picker entries use None and show as plain links.
public enum NavSection { None, Home, Review, Goods, Orders, Stock, Dropship, Money, Shop, Devices }

/// Text is a localisation key; Badge is an optional count (unread messages, pending reviews). Permission, for a
/// merchant entry, is the shop permission its page needs (the same as the page's [ShopPermission]): the menu
/// shows it only to the people who may open it.
public sealed record NavItem(NavArea Area, NavSection Section, string Text, string Url, int Order, int? Badge = null, string? Permission = null);

/// Modules contribute their own menu entries so adding a module never edits another module's views.
public interface INavigationContributor
{
    Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct);
}

public static class NavSections
{
    /// The heading of a section (a localisation key).
    public static string Heading(this NavSection section) => section switch
    {
        NavSection.Home => "首页",
        NavSection.Review => "审核",
        NavSection.Goods => "商品",
        NavSection.Orders => "订单管理",
        NavSection.Stock => "库存",
        NavSection.Dropship => "代发",
        NavSection.Money => "资金",
        NavSection.Shop => "店铺",
        NavSection.Devices => "设备",
        _ => "",
    };

    /// The section's symbol in wwwroot/img/icons.svg.
    public static string Icon(this NavSection section) => section switch
    {
        NavSection.Home => "home",
        NavSection.Review => "check",
        NavSection.Goods => "tag",
        NavSection.Orders => "receipt",
        NavSection.Stock => "box",
        NavSection.Dropship => "truck",
        NavSection.Money => "wallet",
        NavSection.Shop => "store",
        NavSection.Devices => "printer",
        _ => "box",
    };
}
