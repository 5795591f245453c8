using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Repair.Domain;
using SharedWarehouse.Modules.Repair.Features.Buyer;
using SharedWarehouse.Modules.Repair.Features.Queries;
using SharedWarehouse.Modules.Repair.Features.Requests;
using SharedWarehouse.Modules.Repair.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Areas.Storefront.Controllers;

/// The buyer's repairs: ask from a received sub-order, 我的维修, a repair's page with its timeline and the buyer's moves.
/// Everything is loaded by (id AND the signed-in buyer): another buyer's sub-order or repair is not found.
[Area("Storefront")]
[Authorize]
[Route("repairs")]
public sealed class RepairsController(ISender sender, ICourier courier, IFileStore files) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) => View(await sender.Send(new ListMyRepairs(User.Id(), page), ct));

    [HttpGet("new")]
    public Task<IActionResult> New(Guid subOrderId, CancellationToken ct) => ShowFormAsync(new RequestRepairInput { SubOrderId = subOrderId }, ct);

    [HttpPost("new")]
    [RequestSizeLimit(PhotoForm.MaxUpload)]
    [RequestFormLimits(MultipartBodyLengthLimit = PhotoForm.MaxUpload)]
    public async Task<IActionResult> New(RequestRepairInput input, CancellationToken ct)
    {
        var result = await sender.Send(new OpenRepair(User.Id(), input.SubOrderId, input.LineId, input.Fault, await PhotoForm.ReadAsync(input.Images, ct)), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return await ShowFormAsync(input, ct);
        }
        this.Flash("维修申请已提交，等待商家受理");
        return Redirect($"/repairs/{result.Value}");
    }

    private async Task<IActionResult> ShowFormAsync(RequestRepairInput input, CancellationToken ct)
    {
        var form = await sender.Send(new GetRepairForm(User.Id(), input.SubOrderId), ct);
        if (form is null) return NotFound();
        ViewData["Form"] = form;
        return View("New", input);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) is { } r ? View(RepairResults.Page(r, new RepairStepInput(), courier, $"/repairs/{id}", false)) : NotFound();

    [HttpGet("{id:guid}/photos/{photoId:guid}")]
    public async Task<IActionResult> Photo(Guid id, Guid photoId, CancellationToken ct) => this.Photo(files, await LoadAsync(id, ct), photoId);

    /// Accepting the quote is paying it: to the gateway's pay page, back to the repair afterwards.
    [HttpPost("{id:guid}/pay")]
    public async Task<IActionResult> Pay(Guid id, RepairStepInput input, CancellationToken ct)
    {
        var started = await sender.Send(new PayRepairQuote(User.Id(), id), ct);
        return started.IsSuccess ? Redirect(started.Value) : await StepAsync(id, input, started, "", ct);
    }

    [HttpPost("{id:guid}/decline")]
    public async Task<IActionResult> Decline(Guid id, RepairStepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new DeclineRepairQuote(User.Id(), id), ct), "已拒绝报价，维修结束", ct);

    [HttpPost("{id:guid}/send")]
    public async Task<IActionResult> Send(Guid id, RepairStepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new SendRepairItem(User.Id(), id, input.DropOff, input.Carrier, input.TrackingNumber), ct),
            "已提交寄修信息，等待商家收件", ct);

    [HttpPost("{id:guid}/confirm")]
    public async Task<IActionResult> Confirm(Guid id, RepairStepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new ConfirmRepair(User.Id(), id), ct), "已确认收货，维修完成", ct);

    [HttpPost("{id:guid}/cancel")]
    public async Task<IActionResult> Cancel(Guid id, RepairStepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new CancelRepair(User.Id(), id), ct), "已取消维修", ct);

    private Task<RepairRequest?> LoadAsync(Guid id, CancellationToken ct) => sender.Send(new GetRepair(false, User.Id(), id), ct);

    private Task<IActionResult> StepAsync(Guid id, RepairStepInput input, Result result, string done, CancellationToken ct) =>
        this.AfterStepAsync(result, input, done, $"/repairs/{id}", () => LoadAsync(id, ct), courier, false);
}
