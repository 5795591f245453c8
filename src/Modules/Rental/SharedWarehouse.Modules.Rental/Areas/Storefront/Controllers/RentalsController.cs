using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Rental.Features.Bookings;
using SharedWarehouse.Modules.Rental.Features.Queries;
using SharedWarehouse.Modules.Rental.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Areas.Storefront.Controllers;

/// The buyer's side of rental: the hub and an item's page (anyone), booking and 我的租赁 (signed in). Bookings are loaded by
/// (id AND the signed-in buyer): another buyer's booking is not found.
[Area("Storefront")]
[Route("rentals")]
public sealed class RentalsController(ISender sender, IFileStore files, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) => View(await sender.Send(new ListRentalItems(page), ct));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Item(Guid id, DateOnly? start, DateOnly? end, CancellationToken ct) =>
        await ShowItemAsync(id, new BookInput { RequestKey = Guid.CreateVersion7(), StartDate = start, EndDate = end }, ct);

    [Authorize]
    [HttpPost("{id:guid}/book")]
    public async Task<IActionResult> Book(Guid id, BookInput input, CancellationToken ct)
    {
        var result = await sender.Send(new BookRental(User.Id(), id, input.RequestKey, input.StartDate, input.EndDate, input.Fulfilment, input.DeliveryAddress), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return await ShowItemAsync(id, input, ct);
        }
        this.Flash("已预订，请在规定时间内付款");
        return Redirect($"/rentals/bookings/{result.Value}");
    }

    private async Task<IActionResult> ShowItemAsync(Guid id, BookInput input, CancellationToken ct)
    {
        var page = await sender.Send(new GetRentalItemPage(id, input.StartDate, input.EndDate), ct);
        if (page is null) return NotFound();
        ViewData["Input"] = input;
        return View("Item", page);
    }

    [Authorize]
    [HttpGet("my")]
    public async Task<IActionResult> My(int page = 1, CancellationToken ct = default) => View(await sender.Send(new ListMyRentals(User.Id(), page), ct));

    [Authorize]
    [HttpGet("bookings/{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) is { } b ? View(RentalResults.Page(b, new BookingStepInput(), Path(id), time)) : NotFound();

    [Authorize]
    [HttpGet("bookings/{id:guid}/photos/{photoId:guid}")]
    public async Task<IActionResult> Photo(Guid id, Guid photoId, CancellationToken ct) => this.Photo(files, await LoadAsync(id, ct), photoId);

    /// Rent and deposit, or the balance: to the gateway's pay page.
    [Authorize]
    [HttpPost("bookings/{id:guid}/pay")]
    public async Task<IActionResult> Pay(Guid id, CancellationToken ct)
    {
        var result = await sender.Send(new PayRental(User.Id(), id), ct);
        if (result.IsSuccess) return Redirect(result.Value);
        return await this.AfterStepAsync(result, new BookingStepInput(), "", Path(id), () => LoadAsync(id, ct), time);
    }

    [Authorize]
    [HttpPost("bookings/{id:guid}/cancel")]
    public async Task<IActionResult> Cancel(Guid id, CancellationToken ct) =>
        await StepAsync(id, new BookingStepInput(), await sender.Send(new CancelRentalBooking(User.Id(), id), ct), "预订已取消", ct);

    [Authorize]
    [HttpPost("bookings/{id:guid}/accept-charge")]
    public async Task<IActionResult> AcceptCharge(Guid id, CancellationToken ct) =>
        await StepAsync(id, new BookingStepInput(), await sender.Send(new AcceptRentalCharge(User.Id(), id), ct), "已确认扣款，租赁单已结算", ct);

    [Authorize]
    [HttpPost("bookings/{id:guid}/dispute")]
    [RequestSizeLimit(PhotoForm.MaxUpload)]
    [RequestFormLimits(MultipartBodyLengthLimit = PhotoForm.MaxUpload)]
    public async Task<IActionResult> Dispute(Guid id, BookingStepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new DisputeRentalCharge(User.Id(), id, input.Note, await PhotoForm.ReadAsync(input.Images, ct)), ct),
            "已申请平台介入", ct);

    private static string Path(Guid id) => $"/rentals/bookings/{id}";

    private Task<Domain.RentalBooking?> LoadAsync(Guid id, CancellationToken ct) => sender.Send(new GetRentalBooking(RentalViewer.Buyer, User.Id(), id), ct);

    private Task<IActionResult> StepAsync(Guid id, BookingStepInput input, Result result, string done, CancellationToken ct) =>
        this.AfterStepAsync(result, input, done, Path(id), () => LoadAsync(id, ct), time);
}
