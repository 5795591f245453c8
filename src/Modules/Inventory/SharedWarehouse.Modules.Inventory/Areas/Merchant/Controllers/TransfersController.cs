using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Inventory.Features.Queries;
using SharedWarehouse.Modules.Inventory.Features.Transfers;
using SharedWarehouse.Modules.Inventory.Web;

namespace SharedWarehouse.Modules.Inventory.Areas.Merchant.Controllers;

/// Transfers of the merchant's own stock between warehouses; balances and transfers are loaded by (id AND the user's shop).
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Stock)]
[Route("merchant/transfers")]
public sealed class TransfersController(ISender sender) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index(TransferStatus? status, int page = 1, CancellationToken ct = default)
    {
        ViewData["Status"] = status;
        return View(await sender.Send(new ListTransfers(User.Id(), status, page), ct));
    }

    [HttpGet("new")]
    public Task<IActionResult> Create(Guid balanceId, CancellationToken ct) => FormAsync(new TransferInput { FromBalanceId = balanceId }, ct);

    [HttpPost("new")]
    public async Task<IActionResult> Create(TransferInput input, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(User.Id()), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return await FormAsync(input, ct);
        }
        this.Flash("调拨单已发出，货物在途");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:guid}/receive")]
    public async Task<IActionResult> Receive(Guid id, CancellationToken ct)
    {
        var result = await sender.Send(new ReceiveTransfer(User.Id(), id), ct);
        if (result.IsNotFound) return NotFound();
        this.Flash(result, "调拨单已入库");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> FormAsync(TransferInput input, CancellationToken ct)
    {
        var balance = await sender.Send(new GetStockBalance(User.Id(), input.FromBalanceId), ct);
        if (balance is null) return NotFound();
        ViewData["Balance"] = balance;
        ViewData["Targets"] = await sender.Send(new ListTransferTargets(User.Id()), ct);
        return View("Create", input);
    }
}
