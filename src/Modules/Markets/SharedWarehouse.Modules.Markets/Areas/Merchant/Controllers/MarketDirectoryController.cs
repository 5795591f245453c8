using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Markets.Features.Markets;

namespace SharedWarehouse.Modules.Markets.Areas.Merchant.Controllers;

/// The market directory for merchants, read-only: markets → floors → stalls with their contacts.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Dropship)]
[Route("merchant/markets")]
public sealed class MarketDirectoryController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken ct = default)
    {
        ViewData["Search"] = q ?? "";
        return View(await sender.Send(new ListMarkets(q, page), ct));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var market = await sender.Send(new GetMarket(id), ct);
        return market is null ? NotFound() : View(market);
    }
}
