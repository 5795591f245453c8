using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Web.ViewComponents;

/// The menu entries a person may use on this page, from every module (the layout never names a module), and the
/// entry this page belongs to (the longest menu address that starts its path).
public sealed record NavigationModel(IReadOnlyList<NavItem> Items, NavArea? BackOffice, NavItem? Current)
{
    /// Back offices the person may open (they have an entry there), for the storefront header's links to them.
    public IEnumerable<NavArea> BackOffices => Items.Select(i => i.Area).Where(a => a is NavArea.Merchant or NavArea.Admin).Distinct().Order();
}

/// place: "header" (storefront, account and picker entries, links to the back offices), "topbar" (the counted
/// account entries: messages), "centre" (the account centre's links), "sidebar" (this back
/// office's sections) or "breadcrumb". The entries are gathered once per request: contributors count badges in
/// the database, and a back-office page places the menu twice.
public sealed class NavigationViewComponent(IEnumerable<INavigationContributor> contributors, ICurrentShopPermissions shopPermissions) : ViewComponent
{
    private const string CacheKey = "sw.navigation";

    public async Task<IViewComponentResult> InvokeAsync(string place = "header")
    {
        if (HttpContext.Items[CacheKey] is not NavigationModel model)
        {
            var items = new List<NavItem>();
            foreach (var contributor in contributors)
                items.AddRange(await contributor.GetItemsAsync(UserClaimsPrincipal, HttpContext.RequestAborted));
            // Merchant entries that need a permission the person lacks in the shop they act for are left out.
            if (items.Any(i => i.Permission is not null))
            {
                var held = await shopPermissions.GetAsync(UserClaimsPrincipal, HttpContext.RequestAborted);
                items.RemoveAll(i => i.Permission is not null && !held.Contains(i.Permission));
            }
            items = items.OrderBy(i => i.Area).ThenBy(i => i.Section).ThenBy(i => i.Order).ToList();
            var path = HttpContext.Request.Path;
            var area = BackOffice.AreaOf(path);
            var current = items.Where(i => i.Area == area && path.StartsWithSegments(i.Url)).MaxBy(i => i.Url.Length);
            HttpContext.Items[CacheKey] = model = new NavigationModel(items, area, current);
        }
        return View(place switch { "sidebar" => "Sidebar", "breadcrumb" => "Breadcrumb", "topbar" => "Topbar", "centre" => "Centre", _ => "Default" }, model);
    }
}
