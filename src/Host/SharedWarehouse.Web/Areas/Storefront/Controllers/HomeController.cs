using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Features.Queries;

namespace SharedWarehouse.Web.Areas.Storefront.Controllers;

/// The platform home page: the hero, the top-level categories, then the products admins promote (featured strip, hot-push grid).
[Area("Storefront")]
public sealed class HomeController(ISender sender) : Controller
{
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        // Top-level categories as entry points to the category pages (/categories/{id}).
        ViewData["Categories"] = (await sender.Send(new GetCategoryTree(), ct)).Where(c => c.ParentId is null).ToList();
        return View(await sender.Send(new GetPromotedProducts(), ct));
    }
}
