using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Markets.Features.Markets;
using SharedWarehouse.Modules.Markets.Web;

namespace SharedWarehouse.Modules.Markets.Areas.Admin.Controllers;

/// The wholesale-market directory: list and search markets, add and edit one, and its page of floors and stalls.
[Area("Admin")]
[Authorize(Roles = Roles.Admin + "," + Roles.Operations)]
[Route("admin/markets")]
public sealed class MarketsController(ISender sender) : Controller
{
    public const string DetailsView = "/Areas/Admin/Views/Markets/Details.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken ct = default)
    {
        ViewData["Search"] = q ?? "";
        return View(await sender.Send(new ListMarkets(q, page), ct));
    }

    [HttpGet("new")]
    public IActionResult Create() => View(new MarketInput());

    [HttpPost("new")]
    public async Task<IActionResult> Create(MarketInput input, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(null), ct);
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return View(input);
        }
        this.Flash("市场已创建，请添加楼层和档口");
        return RedirectToAction(nameof(Details), new { id = result.Value });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var market = await sender.Send(new GetMarket(id), ct);
        if (market is null) return NotFound();
        ViewData["Floor"] = new FloorInput { DisplayOrder = (market.Floors.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        ViewData["Stall"] = new StallInput { FloorId = market.Floors.LastOrDefault()?.Id };
        return View(DetailsView, market);
    }

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        var market = await sender.Send(new GetMarket(id), ct);
        if (market is null) return NotFound();
        ViewData["MarketId"] = id;
        return View(MarketInput.From(market));
    }

    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, MarketInput input, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(id), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            ViewData["MarketId"] = id;
            return View(input);
        }
        this.Flash("市场已保存");
        return RedirectToAction(nameof(Details), new { id });
    }
}
