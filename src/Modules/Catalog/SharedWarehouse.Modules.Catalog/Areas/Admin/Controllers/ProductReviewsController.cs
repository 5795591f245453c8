using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.Review;
using SharedWarehouse.Modules.Catalog.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Areas.Admin.Controllers;

/// The product review queue and the admin's actions on any product (approve, reject, force-delist, flags).
[Area("Admin")]
[Authorize(Roles = Roles.ApplicationReviewers)]
[Route("admin/products")]
public sealed class ProductReviewsController(ISender sender, IFileStore files) : Controller
{

    [HttpGet("reviews")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) =>
        View(await sender.Send(new ListReviewQueue(page), ct));

    /// All shops' products (on sale by default), to find one to force-delist or promote.
    [HttpGet("")]
    public async Task<IActionResult> All(bool all = false, string? q = null, int page = 1, CancellationToken ct = default)
    {
        ViewData["All"] = all;
        ViewData["Keyword"] = q;
        return View(await sender.Send(new ListAllProducts(!all, q, page), ct));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var product = await sender.Send(new GetProductForReview(id), ct);
        return product is null ? NotFound() : View(product);
    }

    [HttpPost("{id:guid}/approve")]
    public Task<IActionResult> Approve(Guid id, CancellationToken ct) => ActAsync(id, new ApproveProduct(User.Id(), id), new ReasonInput(), "已通过审核", ct);

    [HttpPost("{id:guid}/reject")]
    public Task<IActionResult> Reject(Guid id, ReasonInput input, CancellationToken ct) =>
        ActAsync(id, new RejectProduct(User.Id(), id, input.Reason), input, "已驳回，商家会收到原因", ct);

    [HttpPost("{id:guid}/force-delist")]
    public Task<IActionResult> ForceDelist(Guid id, [FromForm(Name = "DelistReason")] string? reason, CancellationToken ct) =>
        ActAsync(id, new ForceDelistProduct(User.Id(), id, reason), new ReasonInput(), "已强制下架，商家会收到原因", ct, delistReason: reason);

    [HttpPost("{id:guid}/promotion")]
    public Task<IActionResult> Promotion(Guid id, bool hot, bool featured, CancellationToken ct) =>
        ActAsync(id, new SetProductPromotion(User.Id(), id, hot, featured), new ReasonInput(), "推广设置已保存", ct);

    [HttpGet("{id:guid}/images/{imageId:guid}")]
    public async Task<IActionResult> Image(Guid id, Guid imageId, CancellationToken ct) =>
        this.StoredImage(files, await sender.Send(new FindDraftImage(null, id, imageId), ct), ImageCaching.Private);

    private async Task<IActionResult> ActAsync(Guid id, ICommand command, ReasonInput input, string flash, CancellationToken ct, string? delistReason = null)
    {
        var result = await sender.Send(command, ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            // The force-delist form names its reason field differently so both forms can show their own error.
            ModelState.AddResultErrors(command is ForceDelistProduct ? Result.Failure(result.Errors.Select(e => e.Field == "Reason" ? e with { Field = "DelistReason" } : e).ToList()) : result);
            ViewData["RejectInput"] = input;
            ViewData["DelistReason"] = delistReason;
            var product = await sender.Send(new GetProductForReview(id), ct);
            return product is null ? NotFound() : View(nameof(Details), product);
        }
        this.Flash(flash);
        return RedirectToAction(nameof(Details), new { id });
    }
}
