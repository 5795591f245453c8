using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Inventory.Features.Queries;
using SharedWarehouse.Modules.Inventory.Features.Receipts;
using SharedWarehouse.Modules.Inventory.Web;

namespace SharedWarehouse.Modules.Inventory.Areas.Merchant.Controllers;

[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Receipts)]
[Route("merchant/receipts")]
public sealed class ReceiptsController(ISender sender) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? sort, int page = 1, CancellationToken ct = default)
    {
        ViewData["Keyword"] = q;
        ViewData["Sort"] = sort;
        return View(await sender.Send(new ListReceipts(User.Id(), q, sort, page), ct));
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(Guid warehouseId, CancellationToken ct) =>
        await FormAsync(new ReceiptInput { WarehouseId = warehouseId }, ct);

    [HttpPost("new")]
    public async Task<IActionResult> Create(ReceiptInput input, [FromForm(Name = "action")] string? action, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(User.Id()), ct);
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(ReceiptInput.Flatten(result));
            return await FormAsync(input, ct);
        }
        if (action == "post")
        {
            var posted = await sender.Send(new PostReceipt(User.Id(), result.Value), ct);
            this.Flash(posted.IsSuccess ? "入库单已过账，库存已增加" : "入库单已保存，但过账失败", posted.IsSuccess ? FlashKind.Success : FlashKind.Warning);
        }
        else this.Flash("入库单已保存为草稿");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:guid}/post")]
    public async Task<IActionResult> Post(Guid id, CancellationToken ct) =>
        Done(await sender.Send(new PostReceipt(User.Id(), id), ct), "入库单已过账，库存已增加");

    [HttpPost("{id:guid}/reverse")]
    public async Task<IActionResult> Reverse(Guid id, CancellationToken ct) =>
        Done(await sender.Send(new ReverseReceipt(User.Id(), id), ct), "已生成冲销单并过账");

    private IActionResult Done(SharedKernel.Result result, string success)
    {
        if (result.IsNotFound) return NotFound();
        this.Flash(result, success);
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> FormAsync(ReceiptInput input, CancellationToken ct)
    {
        var warehouse = await sender.Send(new GetWarehouse(User.Id(), input.WarehouseId), ct);
        if (warehouse is null) return NotFound();
        ViewData["Warehouse"] = warehouse;
        return View("Create", input);
    }
}
