using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Inventory.Features.Queries;
using SharedWarehouse.Modules.Inventory.Features.Sharing;
using SharedWarehouse.Modules.Inventory.Web;

namespace SharedWarehouse.Modules.Inventory.Areas.Merchant.Controllers;

/// The merchant's sharing grants and what others share with it; grants are loaded by (id AND the user's shop).
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Warehouse)]
[Route("merchant/grants")]
public sealed class GrantsController(ISender sender) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) =>
        View(await sender.Send(new ListGrants(User.Id(), page), ct));

    [HttpGet("received")]
    public async Task<IActionResult> Received(int page = 1, CancellationToken ct = default) =>
        View(await sender.Send(new ListSharedWithMe(User.Id(), page), ct));

    [HttpGet("new")]
    public Task<IActionResult> Create(CancellationToken ct) => FormAsync(new GrantInput(), ct);

    [HttpPost("new")]
    public async Task<IActionResult> Create(GrantInput input, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(User.Id()), ct);
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return await FormAsync(input, ct);
        }
        this.Flash("共享授权已创建");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:guid}/revoke")]
    public async Task<IActionResult> Revoke(Guid id, CancellationToken ct)
    {
        var result = await sender.Send(new RevokeGrant(User.Id(), id), ct);
        if (result.IsNotFound) return NotFound();
        this.Flash(result, "共享授权已撤销");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> FormAsync(GrantInput input, CancellationToken ct)
    {
        ViewData["Warehouses"] = await sender.Send(new ListWarehouses(User.Id()), ct);
        return View("Create", input);
    }
}
