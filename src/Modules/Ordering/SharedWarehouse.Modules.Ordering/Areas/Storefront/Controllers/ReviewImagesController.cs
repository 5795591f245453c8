using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Ordering.Features.Reviews;
using SharedWarehouse.Modules.Ordering.Web;

namespace SharedWarehouse.Modules.Ordering.Areas.Storefront.Controllers;

/// Review photos are public like the reviews themselves, but only as a photo of an existing review: both ids must
/// match a stored row; no file name or path ever comes from the URL.
[Area("Storefront")]
[AllowAnonymous]
[Route("reviews/{reviewId:guid}/images/{imageId:guid}")]
public sealed class ReviewImagesController(ISender sender, IFileStore files) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(Guid reviewId, Guid imageId, CancellationToken ct) =>
        this.StoredImage(files, await sender.Send(new FindReviewImage(reviewId, imageId), ct), ImageCaching.Public);
}
