using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Regions;

namespace SharedWarehouse.Web.Controllers;

/// Children of a region for the cascading province/city/district pickers (public, cacheable data).
[Route("regions")]
public sealed class RegionsController(IRegionCatalog regions) : Controller
{
    [HttpGet("children")]
    [ResponseCache(Duration = 86400, Location = ResponseCacheLocation.Any)]
    public IActionResult Children(string? parent) =>
        Json(regions.ChildrenOf(parent).Select(r => new { code = r.Code, name = r.Name }));
}
