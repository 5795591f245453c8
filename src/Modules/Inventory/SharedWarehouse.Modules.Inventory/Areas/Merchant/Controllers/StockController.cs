using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Inventory.Features.Queries;

namespace SharedWarehouse.Modules.Inventory.Areas.Merchant.Controllers;

[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Stock)]
[Route("merchant/stock")]
public sealed class StockController(ISender sender) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? warehouseId, string? lot, string? sort, string? q, int page = 1, CancellationToken ct = default)
    {
        ViewData["Warehouses"] = await sender.Send(new ListWarehouses(User.Id()), ct);
        ViewData["Filter"] = (warehouseId, lot, sort, q);
        return View(await sender.Send(new ListStock(User.Id(), warehouseId, lot, sort, page, Keyword: q), ct));
    }

    [HttpGet("analysis")]
    public async Task<IActionResult> Analysis(CancellationToken ct) => View(await sender.Send(new AnalyseStock(User.Id()), ct));
}
