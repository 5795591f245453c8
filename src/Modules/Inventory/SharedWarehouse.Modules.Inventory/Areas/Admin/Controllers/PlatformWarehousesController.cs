using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Inventory.Features.Queries;
using SharedWarehouse.Modules.Inventory.Features.Warehouses;
using SharedWarehouse.Modules.Inventory.Web;

namespace SharedWarehouse.Modules.Inventory.Areas.Admin.Controllers;

/// Platform-run shared warehouses (no owner shop); merchants stock them with their own goods.
[Area("Admin")]
[Authorize(Roles = Roles.Admin + "," + Roles.Operations)]
[Route("admin/warehouses")]
public sealed class PlatformWarehousesController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["Input"] = new WarehouseInput();
        return View(await sender.Send(new ListWarehouses(null), ct));
    }

    [HttpPost("")]
    public async Task<IActionResult> Create(WarehouseInput input, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(null), ct);
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            ViewData["Input"] = input;
            return View(nameof(Index), await sender.Send(new ListWarehouses(null), ct));
        }
        this.Flash("仓库已创建");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:guid}/bins")]
    public async Task<IActionResult> AddBin(Guid id, BinInput input, CancellationToken ct)
    {
        var result = await sender.Send(new AddBin(null, id, input.Zone, input.Code), ct);
        if (result.IsNotFound) return NotFound();
        this.Flash(result, "库位已添加");
        return RedirectToAction(nameof(Index));
    }
}
