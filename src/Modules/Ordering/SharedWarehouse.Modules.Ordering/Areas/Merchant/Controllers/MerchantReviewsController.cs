using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Ordering.Features.Reviews;
using SharedWarehouse.Modules.Ordering.Web;

namespace SharedWarehouse.Modules.Ordering.Areas.Merchant.Controllers;

[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Reviews)]
[Route("merchant/reviews")]
public sealed class MerchantReviewsController(ISender sender) : Controller
{

    [HttpGet("")]
    public Task<IActionResult> Index(bool unreplied = false, int page = 1, CancellationToken ct = default) => PageAsync(unreplied, page, null, null, ct);

    [HttpPost("{id:guid}/reply")]
    public async Task<IActionResult> Reply(Guid id, string? reply, CancellationToken ct)
    {
        var answered = await sender.Send(new ReplyToReview(User.Id(), id, reply), ct);
        if (answered.IsNotFound) return NotFound();
        if (answered.IsSuccess)
        {
            this.Flash("回复已发布");
            return Redirect("/merchant/reviews");
        }
        ModelState.AddResultErrors(answered);
        return await PageAsync(false, 1, id, reply, ct);
    }

    private async Task<IActionResult> PageAsync(bool unreplied, int page, Guid? failedId, string? typed, CancellationToken ct)
    {
        ViewData["Unreplied"] = unreplied;
        ViewData["Failed"] = (failedId, typed);
        return View("Index", await sender.Send(new ListShopReviews(User.Id(), unreplied, page), ct));
    }
}
