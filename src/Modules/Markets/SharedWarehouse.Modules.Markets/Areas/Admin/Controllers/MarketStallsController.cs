using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Markets.Features.Markets;
using SharedWarehouse.Modules.Markets.Web;

namespace SharedWarehouse.Modules.Markets.Areas.Admin.Controllers;

/// Floors and stalls of one market. Every floor and stall is looked up within the market of the URL.
[Area("Admin")]
[Authorize(Roles = Roles.Admin + "," + Roles.Operations)]
[Route("admin/markets/{marketId:guid}")]
public sealed class MarketStallsController(ISender sender) : Controller
{
    [HttpPost("floors")]
    public async Task<IActionResult> AddFloor(Guid marketId, [Bind(Prefix = "Floor")] FloorInput input, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(marketId, null), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsSuccess) return Done(marketId, "楼层已添加");
        ModelState.AddResultErrors(result, "Floor");
        return await DetailsAsync(marketId, input, new StallInput(), ct);
    }

    [HttpGet("floors/{floorId:guid}/edit")]
    public async Task<IActionResult> EditFloor(Guid marketId, Guid floorId, CancellationToken ct)
    {
        var floor = (await sender.Send(new GetMarket(marketId), ct))?.Floors.FirstOrDefault(f => f.Id == floorId);
        return floor is null ? NotFound() : ShowFloor(marketId, floorId, FloorInput.From(floor));
    }

    [HttpPost("floors/{floorId:guid}/edit")]
    public async Task<IActionResult> EditFloor(Guid marketId, Guid floorId, FloorInput input, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(marketId, floorId), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsSuccess) return Done(marketId, "楼层已保存");
        ModelState.AddResultErrors(result);
        return ShowFloor(marketId, floorId, input);
    }

    [HttpPost("stalls")]
    public async Task<IActionResult> AddStall(Guid marketId, [Bind(Prefix = "Stall")] StallInput input, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(marketId, null), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsSuccess) return Done(marketId, "档口已添加");
        ModelState.AddResultErrors(result, "Stall");
        return await DetailsAsync(marketId, new FloorInput(), input, ct);
    }

    [HttpGet("stalls/{stallId:guid}/edit")]
    public async Task<IActionResult> EditStall(Guid marketId, Guid stallId, CancellationToken ct)
    {
        var market = await sender.Send(new GetMarket(marketId), ct);
        var stall = market?.FindStall(stallId);
        return stall is null ? NotFound() : ShowStall(market!, stallId, StallInput.From(stall));
    }

    [HttpPost("stalls/{stallId:guid}/edit")]
    public async Task<IActionResult> EditStall(Guid marketId, Guid stallId, StallInput input, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(marketId, stallId), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsSuccess) return Done(marketId, "档口已保存");
        ModelState.AddResultErrors(result);
        var market = await sender.Send(new GetMarket(marketId), ct);
        return market is null ? NotFound() : ShowStall(market, stallId, input);
    }

    [HttpPost("stalls/{stallId:guid}/close")]
    public Task<IActionResult> Close(Guid marketId, Guid stallId, CancellationToken ct) => SetOpenAsync(marketId, stallId, false, "档口已关闭", ct);

    [HttpPost("stalls/{stallId:guid}/reopen")]
    public Task<IActionResult> Reopen(Guid marketId, Guid stallId, CancellationToken ct) => SetOpenAsync(marketId, stallId, true, "档口已重新营业", ct);

    private async Task<IActionResult> SetOpenAsync(Guid marketId, Guid stallId, bool open, string flash, CancellationToken ct)
    {
        var result = await sender.Send(new SetStallOpen(marketId, stallId, open), ct);
        if (result.IsNotFound) return NotFound();
        // Pressing the button twice (two tabs) leaves the stall as wanted: nothing to report.
        return Done(marketId, flash);
    }

    private RedirectResult Done(Guid marketId, string flash)
    {
        this.Flash(flash);
        return Redirect($"/admin/markets/{marketId}");
    }

    private async Task<IActionResult> DetailsAsync(Guid marketId, FloorInput floor, StallInput stall, CancellationToken ct)
    {
        var market = await sender.Send(new GetMarket(marketId), ct);
        if (market is null) return NotFound();
        ViewData["Floor"] = floor;
        ViewData["Stall"] = stall;
        return View(MarketsController.DetailsView, market);
    }

    private ViewResult ShowFloor(Guid marketId, Guid floorId, FloorInput input)
    {
        ViewData["MarketId"] = marketId;
        ViewData["FloorId"] = floorId;
        return View("EditFloor", input);
    }

    private ViewResult ShowStall(MarketView market, Guid stallId, StallInput input)
    {
        ViewData["Market"] = market;
        ViewData["StallId"] = stallId;
        return View("EditStall", input);
    }
}
