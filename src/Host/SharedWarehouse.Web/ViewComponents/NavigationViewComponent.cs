using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Web.ViewComponents;

/// Gathers the menu entries modules contribute; the layout never names a module.
public sealed class NavigationViewComponent(IEnumerable<INavigationContributor> contributors) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var items = new List<NavItem>();
        foreach (var contributor in contributors)
            items.AddRange(await contributor.GetItemsAsync(UserClaimsPrincipal, HttpContext.RequestAborted));
        return View(items.OrderBy(i => i.Area).ThenBy(i => i.Section).ThenBy(i => i.Order).ToList());
    }
}
