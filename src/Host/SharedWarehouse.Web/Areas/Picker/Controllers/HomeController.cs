using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Web.Areas.Picker.Controllers;

/// The picker's phone pick list arrives with the dropship module; the area and its sign-in exist now.
[Area("Picker")]
[Authorize(Roles = Roles.Picker + "," + Roles.Admin)]
public sealed class HomeController : Controller
{
    public IActionResult Index() => View();
}
