using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Ordering.Features.Reviews;
using SharedWarehouse.Modules.Ordering.Web;

namespace SharedWarehouse.Modules.Ordering.Areas.Storefront.Controllers;

/// The buyer's own reviews and the received lines still to review; the buyer comes only from the sign-in.
[Area("Storefront")]
[Authorize]
[Route("account/reviews")]
public sealed class MyReviewsController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) =>
        View(await sender.Send(new ListMyReviews(User.Id(), page), ct));
}
