using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Web.ViewComponents;

/// A back office's to-dos and figures from every module, for its home page (the merchant's is Merchants' page,
/// which places this by name).
public sealed class DashboardViewComponent(IEnumerable<IDashboardContributor> contributors) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(NavArea area)
    {
        var tiles = new List<DashboardTile>();
        foreach (var contributor in contributors)
            tiles.AddRange(await contributor.GetTilesAsync(UserClaimsPrincipal, area, HttpContext.RequestAborted));
        return View(tiles.Where(t => t.Area == area).OrderBy(t => t.Kind).ThenBy(t => t.Order).ToList());
    }
}
