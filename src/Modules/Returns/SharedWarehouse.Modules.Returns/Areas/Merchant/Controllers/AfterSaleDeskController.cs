using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Features.Merchant;
using SharedWarehouse.Modules.Returns.Features.Queries;
using SharedWarehouse.Modules.Returns.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Areas.Merchant.Controllers;

/// The merchant's after-sales desk. Requests are loaded by (id AND the signed-in owner's shop): another shop's is not found.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.AfterSales)]
[Route("merchant/after-sales")]
public sealed class AfterSaleDeskController(ISender sender, ICourier courier, IFileStore files, IShopAccess shops) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(DeskFilter filter = DeskFilter.Open, int page = 1, CancellationToken ct = default)
    {
        var desk = await sender.Send(new ListShopAfterSales(User.Id(), Enum.IsDefined(filter) ? filter : DeskFilter.Open, page), ct);
        if (desk is null) return NotFound();
        ViewData["Filter"] = filter;
        return View(desk);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) is { } r ? View(AfterSaleResults.Page(r, new StepInput(), courier, $"/merchant/after-sales/{id}", await ShopIdAsync(ct))) : NotFound();

    [HttpGet("{id:guid}/photos/{photoId:guid}")]
    public async Task<IActionResult> Photo(Guid id, Guid photoId, CancellationToken ct) => this.Photo(files, await LoadAsync(id, ct), photoId);

    [HttpPost("{id:guid}/agree")]
    public async Task<IActionResult> Agree(Guid id, StepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new AgreeAfterSale(User.Id(), id), ct), "已同意售后申请", ct);

    [HttpPost("{id:guid}/refuse")]
    [RequestSizeLimit(PhotoForm.MaxUpload)]
    [RequestFormLimits(MultipartBodyLengthLimit = PhotoForm.MaxUpload)]
    public async Task<IActionResult> Refuse(Guid id, StepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new RefuseAfterSale(User.Id(), id, input.Note, await PhotoForm.ReadAsync(input.Images, ct)), ct), "已拒绝售后申请", ct);

    [HttpPost("{id:guid}/offer")]
    public async Task<IActionResult> Offer(Guid id, StepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new OfferAfterSaleAmount(User.Id(), id, input.Amount, input.Note), ct), "已向买家提议退款金额", ct);

    [HttpPost("{id:guid}/receive")]
    [RequestSizeLimit(PhotoForm.MaxUpload)]
    [RequestFormLimits(MultipartBodyLengthLimit = PhotoForm.MaxUpload)]
    public async Task<IActionResult> Receive(Guid id, StepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new ReceiveReturnedGoods(User.Id(), id, input.Accept, input.Note, await PhotoForm.ReadAsync(input.Images, ct)), ct),
            input.Accept ? "验收通过，商品已入库" : "已记录验收不通过", ct);

    private Task<Domain.AfterSaleRequest?> LoadAsync(Guid id, CancellationToken ct) => sender.Send(new GetAfterSale(AfterSaleViewer.Merchant, User.Id(), id), ct);

    private async Task<Guid?> ShopIdAsync(CancellationToken ct) => (await shops.ActingAsync(User.Id(), ct))?.ShopId;

    private async Task<IActionResult> StepAsync(Guid id, StepInput input, Result result, string done, CancellationToken ct) =>
        await this.AfterStepAsync(result, input, done, $"/merchant/after-sales/{id}", "Details", () => LoadAsync(id, ct), courier, await ShopIdAsync(ct));
}
