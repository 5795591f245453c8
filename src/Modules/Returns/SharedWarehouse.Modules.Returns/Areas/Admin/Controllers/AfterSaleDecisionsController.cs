using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Returns.Features.Platform;
using SharedWarehouse.Modules.Returns.Features.Queries;
using SharedWarehouse.Modules.Returns.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Areas.Admin.Controllers;

/// 平台介入: platform customer service sees both sides' history and decides, finally.
[Area("Admin")]
[Authorize(Roles = ReturnsNavigation.PlatformRoles)]
[Route("admin/after-sales")]
public sealed class AfterSaleDecisionsController(ISender sender, ICourier courier, IFileStore files) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool all = false, int page = 1, CancellationToken ct = default)
    {
        ViewData["All"] = all;
        return View(await sender.Send(new ListPlatformAfterSales(!all, page), ct));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) is { } r ? View(AfterSaleResults.Page(r, new StepInput { ForBuyer = true }, courier, $"/admin/after-sales/{id}")) : NotFound();

    [HttpGet("{id:guid}/photos/{photoId:guid}")]
    public async Task<IActionResult> Photo(Guid id, Guid photoId, CancellationToken ct) => this.Photo(files, await LoadAsync(id, ct), photoId);

    [HttpPost("{id:guid}/decide")]
    public async Task<IActionResult> Decide(Guid id, StepInput input, CancellationToken ct) =>
        await this.AfterStepAsync(await sender.Send(new DecideAfterSale(User.Id(), id, input.ForBuyer, input.Amount, input.Note), ct), input,
            input.ForBuyer ? "已裁定支持买家" : "已裁定支持商家", $"/admin/after-sales/{id}", "Details", () => LoadAsync(id, ct), courier);

    private Task<Domain.AfterSaleRequest?> LoadAsync(Guid id, CancellationToken ct) => sender.Send(new GetAfterSale(AfterSaleViewer.Platform, User.Id(), id), ct);
}
