using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Web.Areas.Admin.Controllers;

/// The platform staff's first screen: their queues with counts and the platform's figures (the Dashboard view
/// component gathers them from the modules); the menu is the sidebar's.
[Area("Admin")]
[Authorize(Roles = Roles.AdminConsole)]
public sealed class HomeController : Controller
{
    public IActionResult Index() => View();
}
