using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Features.Queries;

namespace SharedWarehouse.Web.Areas.Storefront.Controllers;

/// The platform home page: the hero, then the products admins promote (featured strip, hot-push grid).
[Area("Storefront")]
public sealed class HomeController(ISender sender) : Controller
{
    public async Task<IActionResult> Index(CancellationToken ct) => View(await sender.Send(new GetPromotedProducts(), ct));
}
