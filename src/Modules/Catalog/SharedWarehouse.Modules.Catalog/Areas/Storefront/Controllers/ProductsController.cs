using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.Storefront;
using SharedWarehouse.Modules.Catalog.Web;

namespace SharedWarehouse.Modules.Catalog.Areas.Storefront.Controllers;

/// The public product page: approved and listed products only, anything else is not found.
[Area("Storefront")]
[AllowAnonymous]
[Route("products")]
public sealed class ProductsController(ISender sender, IFileStore files) : Controller
{
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var product = await sender.Send(new GetStorefrontProduct(id), ct);
        return product is null ? NotFound() : View(product);
    }

    [HttpGet("{id:guid}/images/{number:int}")]
    public async Task<IActionResult> Image(Guid id, int number, CancellationToken ct) =>
        this.StoredImage(files, await sender.Send(new FindPublicImage(id, number), ct), ImageCaching.Public);
}
