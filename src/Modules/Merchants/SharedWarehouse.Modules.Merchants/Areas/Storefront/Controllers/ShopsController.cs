using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Features.Decoration;
using SharedWarehouse.Modules.Merchants.Web;

namespace SharedWarehouse.Modules.Merchants.Areas.Storefront.Controllers;

/// The public shop page: the published decoration only (a draft is never shown here, whoever asks).
[Area("Storefront")]
[AllowAnonymous]
[Route("shops")]
public sealed class ShopsController(ISender sender, IFileStore files) : Controller
{
    [HttpGet("{shopId:guid}")]
    public async Task<IActionResult> Show(Guid shopId, CancellationToken ct)
    {
        var page = await sender.Send(new GetShopPage(shopId), ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("{shopId:guid}/images/{fileName}")]
    public async Task<IActionResult> Image(Guid shopId, string fileName, CancellationToken ct) =>
        this.StoredImage(files, await sender.Send(new FindDecorationImage(null, shopId, fileName), ct), ImageCaching.Public);
}
