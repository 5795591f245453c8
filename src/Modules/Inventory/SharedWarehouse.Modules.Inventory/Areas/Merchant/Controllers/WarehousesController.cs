using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Inventory.Features.Queries;
using SharedWarehouse.Modules.Inventory.Features.Warehouses;
using SharedWarehouse.Modules.Inventory.Web;

namespace SharedWarehouse.Modules.Inventory.Areas.Merchant.Controllers;

/// The merchant's warehouses (and the platform's, which it may stock). Loads are by (id AND the user's shop).
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Warehouse)]
[Route("merchant/warehouses")]
public sealed class WarehousesController(ISender sender) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await sender.Send(new ListWarehouses(User.Id()), ct));

    [HttpGet("new")]
    public IActionResult Create() => View(new WarehouseInput());

    [HttpPost("new")]
    public async Task<IActionResult> Create(WarehouseInput input, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(User.Id()), ct);
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return View(input);
        }
        this.Flash("仓库已创建");
        return RedirectToAction(nameof(Details), new { id = result.Value });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var warehouse = await sender.Send(new GetWarehouse(User.Id(), id), ct);
        return warehouse is null ? NotFound() : View(warehouse);
    }

    [HttpPost("{id:guid}/bins")]
    public async Task<IActionResult> AddBin(Guid id, BinInput input, CancellationToken ct)
    {
        var result = await sender.Send(new AddBin(User.Id(), id, input.Zone, input.Code), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            // The form is checked before the warehouse is looked up: another shop's warehouse is still not found.
            if (await sender.Send(new GetWarehouse(User.Id(), id), ct) is not { } warehouse) return NotFound();
            ViewData["Bin"] = input;
            return View(nameof(Details), warehouse);
        }
        this.Flash("库位已添加");
        return RedirectToAction(nameof(Details), new { id });
    }
}
