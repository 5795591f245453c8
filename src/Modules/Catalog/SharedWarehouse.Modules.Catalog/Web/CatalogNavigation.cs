using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.Modules.Catalog.Web;

internal sealed class CatalogNavigation(CatalogDbContext db) : INavigationContributor
{
    public const string CatalogAdmins = Roles.Admin + "," + Roles.Operations;

    public async Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true) return [];
        var items = new List<NavItem>();
        if (user.WorksForAShop())
        {
            items.Add(new NavItem(NavArea.Merchant, NavSection.Goods, "商品管理", "/merchant/products", 20, Permission: ShopPermissions.Products));
            items.Add(new NavItem(NavArea.Merchant, NavSection.Goods, "代销货源", "/merchant/consignment", 24, Permission: ShopPermissions.Products));
        }
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Reviewer))
        {
            var pending = await db.Products.CountAsync(p => p.Status == ReviewStatus.Pending, ct);
            items.Add(new NavItem(NavArea.Admin, NavSection.Review, "商品审核", "/admin/products/reviews", 20, pending));
            items.Add(new NavItem(NavArea.Admin, NavSection.Goods, "全部商品", "/admin/products", 21));
        }
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Operations))
            items.Add(new NavItem(NavArea.Admin, NavSection.Goods, "类目与品牌", "/admin/catalog/categories", 30));
        return items;
    }
}
