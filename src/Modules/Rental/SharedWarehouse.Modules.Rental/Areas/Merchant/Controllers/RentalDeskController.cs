using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Rental.Features.Merchant;
using SharedWarehouse.Modules.Rental.Features.Queries;
using SharedWarehouse.Modules.Rental.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Areas.Merchant.Controllers;

/// The merchant's rental desk: what to hand over, what is due back, what is overdue, what is not settled. Bookings are loaded
/// by (id AND the signed-in owner's shop): another shop's is not found.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.OrdersShip)]
[Route("merchant/rentals")]
public sealed class RentalDeskController(ISender sender, IFileStore files, TimeProvider time) : Controller
{
    [HttpGet("")]
    [ShopPermission(ShopPermissions.OrdersView)]
    public async Task<IActionResult> Index(RentalDeskFilter filter = RentalDeskFilter.Active, int page = 1, CancellationToken ct = default)
    {
        filter = Enum.IsDefined(filter) ? filter : RentalDeskFilter.Active;
        var desk = await sender.Send(new ListShopRentals(User.Id(), filter, page), ct);
        if (desk is null) return NotFound();
        ViewData["Filter"] = filter;
        return View(desk);
    }

    [HttpGet("{id:guid}")]
    [ShopPermission(ShopPermissions.OrdersView)]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) is { } b ? View(RentalResults.Page(b, new BookingStepInput(), Path(id), time)) : NotFound();

    [HttpGet("{id:guid}/photos/{photoId:guid}")]
    [ShopPermission(ShopPermissions.OrdersView)]
    public async Task<IActionResult> Photo(Guid id, Guid photoId, CancellationToken ct) => this.Photo(files, await LoadAsync(id, ct), photoId);

    [HttpPost("{id:guid}/hand-over")]
    public async Task<IActionResult> HandOver(Guid id, BookingStepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new HandOverRental(User.Id(), id, input.TrackingNumber), ct), "已交付", ct);

    [HttpPost("{id:guid}/return")]
    [RequestSizeLimit(PhotoForm.MaxUpload)]
    [RequestFormLimits(MultipartBodyLengthLimit = PhotoForm.MaxUpload)]
    public async Task<IActionResult> Return(Guid id, BookingStepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new RecordRentalReturn(User.Id(), id, input.ReturnedOn, input.Damage, input.Note,
            await PhotoForm.ReadAsync(input.Images, ct)), ct), "已记录归还", ct);

    private static string Path(Guid id) => $"/merchant/rentals/{id}";

    private Task<Domain.RentalBooking?> LoadAsync(Guid id, CancellationToken ct) => sender.Send(new GetRentalBooking(RentalViewer.Merchant, User.Id(), id), ct);

    private Task<IActionResult> StepAsync(Guid id, BookingStepInput input, Result result, string done, CancellationToken ct) =>
        this.AfterStepAsync(result, input, done, Path(id), () => LoadAsync(id, ct), time);
}
