using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace SharedWarehouse.Web.Controllers;

/// The buyer's account centre: their orders by state with counts (from Ordering, through the dashboard
/// contributions) and every account page they may open (from the menu contributions).
[Authorize]
[Route("account")]
public sealed class AccountCentreController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();
}
