using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Returns.Features.Buyer;
using SharedWarehouse.Modules.Returns.Features.Queries;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.Modules.Returns.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Areas.Storefront.Controllers;

/// The buyer's after-sales: apply from a sub-order, 我的售后, a request's page with the buyer's moves. Everything is
/// loaded by (id AND the signed-in buyer): another buyer's sub-order or request is not found.
[Area("Storefront")]
[Authorize]
[Route("after-sales")]
public sealed class AfterSalesController(ISender sender, ICourier courier, IFileStore files) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) =>
        View(await sender.Send(new ListMyAfterSales(User.Id(), page), ct));

    [HttpGet("new")]
    public Task<IActionResult> New(Guid subOrderId, CancellationToken ct) => ShowFormAsync(new ApplyInput { SubOrderId = subOrderId }, ct);

    [HttpPost("new")]
    [RequestSizeLimit(PhotoForm.MaxUpload)]
    [RequestFormLimits(MultipartBodyLengthLimit = PhotoForm.MaxUpload)]
    public async Task<IActionResult> New(ApplyInput input, CancellationToken ct)
    {
        var result = await sender.Send(new OpenAfterSale(User.Id(), input.SubOrderId, input.Kind, input.Reason, input.Description, input.Quantities,
            input.Amount, await PhotoForm.ReadAsync(input.Images, ct), input.Replacements), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return await ShowFormAsync(input, ct);
        }
        this.Flash("售后申请已提交，等待商家处理");
        return Redirect($"/after-sales/{result.Value}");
    }

    private async Task<IActionResult> ShowFormAsync(ApplyInput input, CancellationToken ct)
    {
        var form = await sender.Send(new GetAfterSaleForm(User.Id(), input.SubOrderId), ct);
        if (form is null) return NotFound();
        ViewData["Form"] = form;
        return View("New", input);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) is { } r ? View(AfterSaleResults.Page(r, new StepInput(), courier, $"/after-sales/{id}")) : NotFound();

    [HttpGet("{id:guid}/photos/{photoId:guid}")]
    public async Task<IActionResult> Photo(Guid id, Guid photoId, CancellationToken ct) => this.Photo(files, await LoadAsync(id, ct), photoId);

    [HttpPost("{id:guid}/accept-offer")]
    public async Task<IActionResult> AcceptOffer(Guid id, StepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new AcceptAfterSaleOffer(User.Id(), id), ct), "已接受商家提议", ct);

    [HttpPost("{id:guid}/ship-back")]
    public async Task<IActionResult> ShipBack(Guid id, StepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new ShipBackAfterSale(User.Id(), id, input.Carrier, input.TrackingNumber), ct), "已提交寄回信息，等待商家收货", ct);

    [HttpPost("{id:guid}/escalate")]
    [RequestSizeLimit(PhotoForm.MaxUpload)]
    [RequestFormLimits(MultipartBodyLengthLimit = PhotoForm.MaxUpload)]
    public async Task<IActionResult> Escalate(Guid id, StepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new EscalateAfterSale(User.Id(), id, input.Note, await PhotoForm.ReadAsync(input.Images, ct)), ct), "已申请平台介入，平台客服会查看双方记录后裁定", ct);

    [HttpPost("{id:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid id, StepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new WithdrawAfterSale(User.Id(), id), ct), "已撤销售后申请", ct);

    private Task<Domain.AfterSaleRequest?> LoadAsync(Guid id, CancellationToken ct) => sender.Send(new GetAfterSale(AfterSaleViewer.Buyer, User.Id(), id), ct);

    private Task<IActionResult> StepAsync(Guid id, StepInput input, Result result, string done, CancellationToken ct) =>
        this.AfterStepAsync(result, input, done, $"/after-sales/{id}", "Details", () => LoadAsync(id, ct), courier);
}
