using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Web.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Roles = Roles.AdminConsole)]
public sealed class HomeController(IEnumerable<INavigationContributor> contributors) : Controller
{
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var items = new List<NavItem>();
        foreach (var contributor in contributors) items.AddRange(await contributor.GetItemsAsync(User, ct));
        return View(items.Where(i => i.Area == NavArea.Admin).OrderBy(i => i.Order).ToList());
    }
}
