using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Repair.Domain;
using SharedWarehouse.Modules.Repair.Features.Merchant;
using SharedWarehouse.Modules.Repair.Features.Queries;
using SharedWarehouse.Modules.Repair.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Areas.Merchant.Controllers;

/// The merchant's repair desk. Repairs are loaded by (id AND the signed-in owner's shop): another shop's is not found.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.AfterSales)]
[Route("merchant/repairs")]
public sealed class RepairDeskController(ISender sender, ICourier courier, IFileStore files) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(RepairFilter filter = RepairFilter.Open, int page = 1, CancellationToken ct = default)
    {
        filter = Enum.IsDefined(filter) ? filter : RepairFilter.Open;
        var desk = await sender.Send(new ListShopRepairs(User.Id(), filter, page), ct);
        if (desk is null) return NotFound();
        ViewData["Filter"] = filter;
        return View(desk);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) is { } r ? View(RepairResults.Page(r, new RepairStepInput(), courier, $"/merchant/repairs/{id}", true)) : NotFound();

    [HttpGet("{id:guid}/photos/{photoId:guid}")]
    public async Task<IActionResult> Photo(Guid id, Guid photoId, CancellationToken ct) => this.Photo(files, await LoadAsync(id, ct), photoId);

    [HttpPost("{id:guid}/accept")]
    public async Task<IActionResult> Accept(Guid id, RepairStepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new AcceptRepair(User.Id(), id), ct), "已受理维修", ct);

    [HttpPost("{id:guid}/quote")]
    public async Task<IActionResult> Quote(Guid id, RepairStepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new QuoteRepair(User.Id(), id, input.Parts, input.Labour, input.ValidUntil, input.Note), ct), "已报价，等待买家付款", ct);

    [HttpPost("{id:guid}/refuse")]
    public async Task<IActionResult> Refuse(Guid id, RepairStepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new RefuseRepair(User.Id(), id, input.Note), ct), "已记录不受理", ct);

    [HttpPost("{id:guid}/receive")]
    public async Task<IActionResult> Receive(Guid id, RepairStepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new ReceiveRepairItem(User.Id(), id), ct), "已收件，开始维修", ct);

    [HttpPost("{id:guid}/parts")]
    public async Task<IActionResult> Part(Guid id, RepairStepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new IssueRepairPart(User.Id(), id, input.SkuCode, input.Quantity, input.PartNumber), ct), "配件已从库存出库", ct);

    [HttpPost("{id:guid}/work")]
    public async Task<IActionResult> Work(Guid id, RepairStepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new RecordRepairWork(User.Id(), id, input.Note), ct), "已记录维修内容", ct);

    [HttpPost("{id:guid}/ship")]
    public async Task<IActionResult> Ship(Guid id, RepairStepInput input, CancellationToken ct) =>
        await StepAsync(id, input, await sender.Send(new ShipRepairBack(User.Id(), id, input.Carrier, input.TrackingNumber), ct), "已寄回，等待买家确认", ct);

    private Task<RepairRequest?> LoadAsync(Guid id, CancellationToken ct) => sender.Send(new GetRepair(true, User.Id(), id), ct);

    private Task<IActionResult> StepAsync(Guid id, RepairStepInput input, Result result, string done, CancellationToken ct) =>
        this.AfterStepAsync(result, input, done, $"/merchant/repairs/{id}", () => LoadAsync(id, ct), courier, true);
}
