using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Merchants.Features.Queries;
using SharedWarehouse.Modules.Merchants.Features.ReviewApplication;
using SharedWarehouse.Modules.Merchants.Web;

namespace SharedWarehouse.Modules.Merchants.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Roles = Roles.ApplicationReviewers)]
[Route("admin/merchant-applications")]
public sealed class ApplicationReviewsController(ISender sender, IFileStore files) : Controller
{

    /// state: "pending" (default), "all", or a status name; region: any province/city/district code.
    [HttpGet("")]
    public async Task<IActionResult> Index(string? state, string? region, int page = 1, CancellationToken ct = default)
    {
        state ??= "pending";
        ApplicationStatus? status = Enum.TryParse<ApplicationStatus>(state, ignoreCase: true, out var parsed) ? parsed : null;
        var list = await sender.Send(new ListApplications(status, state == "pending", region, page), ct);
        ViewData["State"] = state;
        ViewData["Region"] = region;
        return View(list);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var application = await sender.Send(new GetApplicationForReview(id), ct);
        return application is null ? NotFound() : View(application);
    }

    [HttpPost("{id:guid}/approve")]
    public async Task<IActionResult> Approve(Guid id, CancellationToken ct)
    {
        var result = await sender.Send(new ApproveApplication(User.Id(), id), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure) return await DetailsWithErrors(id, result, new RejectInput(), ct);
        this.Flash("已通过，店铺已开通");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:guid}/reject")]
    public async Task<IActionResult> Reject(Guid id, RejectInput input, CancellationToken ct)
    {
        var result = await sender.Send(new RejectApplication(User.Id(), id, input.Reason), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure) return await DetailsWithErrors(id, result, input, ct);
        this.Flash("已驳回，申请人会收到原因");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:guid}/image/{kind}")]
    public async Task<IActionResult> Image(Guid id, ApplicationImageKind kind, CancellationToken ct) =>
        this.StoredImage(files, await sender.Send(new FindApplicationImage(id, kind, User.Id(), ViewerIsReviewer: true), ct), ImageCaching.Private);

    private async Task<IActionResult> DetailsWithErrors(Guid id, SharedKernel.Result result, RejectInput input, CancellationToken ct)
    {
        ModelState.AddResultErrors(result);
        ViewData["RejectInput"] = input;
        var application = await sender.Send(new GetApplicationForReview(id), ct);
        return application is null ? NotFound() : View(nameof(Details), application);
    }
}
