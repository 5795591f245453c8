using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Rental.Features.Platform;
using SharedWarehouse.Modules.Rental.Features.Queries;
using SharedWarehouse.Modules.Rental.Web;

namespace SharedWarehouse.Modules.Rental.Areas.Admin.Controllers;

/// Platform customer service: disputed damage charges to decide, and every booking with its timeline.
[Area("Admin")]
[Authorize(Roles = RentalNavigation.PlatformRoles)]
[Route("admin/rental")]
public sealed class RentalDisputesController(ISender sender, IFileStore files, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool all = false, int page = 1, CancellationToken ct = default)
    {
        ViewData["All"] = all;
        return View(await sender.Send(new ListPlatformRentals(!all, page), ct));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) is { } b ? View(RentalResults.Page(b, new BookingStepInput(), Path(id), time)) : NotFound();

    [HttpGet("{id:guid}/photos/{photoId:guid}")]
    public async Task<IActionResult> Photo(Guid id, Guid photoId, CancellationToken ct) => this.Photo(files, await LoadAsync(id, ct), photoId);

    [HttpPost("{id:guid}/decide")]
    public async Task<IActionResult> Decide(Guid id, BookingStepInput input, CancellationToken ct) =>
        await this.AfterStepAsync(await sender.Send(new DecideRentalDispute(User.Id(), id, input.Damage, input.Note), ct), input, "已裁定，租赁单已结算",
            Path(id), () => LoadAsync(id, ct), time);

    private static string Path(Guid id) => $"/admin/rental/{id}";

    private Task<Domain.RentalBooking?> LoadAsync(Guid id, CancellationToken ct) => sender.Send(new GetRentalBooking(RentalViewer.Platform, User.Id(), id), ct);
}
