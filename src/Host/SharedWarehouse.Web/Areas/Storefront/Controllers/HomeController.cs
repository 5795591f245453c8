using Microsoft.AspNetCore.Mvc;

namespace SharedWarehouse.Web.Areas.Storefront.Controllers;

[Area("Storefront")]
public sealed class HomeController : Controller
{
    public IActionResult Index() => View();
}
