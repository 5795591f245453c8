using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Markets.Features.Markets;
using SharedWarehouse.Modules.Markets.Features.StallCodes;
using SharedWarehouse.Modules.Markets.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Markets.Areas.Merchant.Controllers;

/// The merchant's stall codes: which stall (and style number) sells each of its own codes, with alternates.
/// Every code is loaded by (id AND the signed-in owner's shop): another shop's id answers 404.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Dropship)]
[Route("merchant/stall-codes")]
public sealed class StallCodesController(ISender sender) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken ct = default)
    {
        var codes = await sender.Send(new ListStallCodes(User.Id(), q, page), ct);
        if (codes is null) return NotFound();
        ViewData["Search"] = q ?? "";
        return View(codes);
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        await sender.Send(new ListStallCodes(User.Id(), null, 1, 1), ct) is null ? NotFound() : await FormAsync(null, new StallCodeInput().Padded(), ct);

    [HttpPost("new")]
    public Task<IActionResult> Create(StallCodeInput input, CancellationToken ct) => SaveAsync(null, input, "档口设置已添加", ct);

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        var code = await sender.Send(new GetStallCode(User.Id(), id), ct);
        return code is null ? NotFound() : await FormAsync(id, StallCodeInput.From(code), ct);
    }

    [HttpPost("{id:guid}/edit")]
    public Task<IActionResult> Edit(Guid id, StallCodeInput input, CancellationToken ct) => SaveAsync(id, input, "档口设置已保存", ct);

    [HttpPost("{id:guid}/delete")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        var result = await sender.Send(new DeleteStallCode(User.Id(), id), ct);
        if (result.IsFailure) return NotFound();
        this.Flash("档口设置已删除");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(Guid? id, StallCodeInput input, string flash, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(User.Id(), id), ct);
        if (result.IsNotFound || result.Errors.Any(e => e.Code == "forbidden")) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return await FormAsync(id, input.Padded(), ct);
        }
        this.Flash(flash);
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> FormAsync(Guid? id, StallCodeInput input, CancellationToken ct)
    {
        ViewData["StallCodeId"] = id;
        ViewData["Stalls"] = await sender.Send(new ListStallChoices(), ct);
        return View("Edit", input);
    }
}
