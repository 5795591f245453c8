using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Inventory.Features.Queries;
using SharedWarehouse.Modules.Inventory.Features.Stocktakes;
using SharedWarehouse.Modules.Inventory.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Areas.Merchant.Controllers;

[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Stocktakes)]
[Route("merchant/stocktakes")]
public sealed class StocktakesController(ISender sender) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index(StocktakeStatus? status, int page = 1, CancellationToken ct = default)
    {
        ViewData["Status"] = status;
        return View(await sender.Send(new ListStocktakes(User.Id(), status, page), ct));
    }

    [HttpGet("new")]
    public Task<IActionResult> Create(Guid? warehouseId, CancellationToken ct) =>
        CreateFormAsync(new StocktakeOpenInput { WarehouseId = warehouseId ?? Guid.Empty }, ct);

    [HttpPost("new")]
    public async Task<IActionResult> Create(StocktakeOpenInput input, CancellationToken ct)
    {
        var opened = await sender.Send(input.ToCommand(User.Id()), ct);
        if (opened.IsSuccess) return Redirect($"/merchant/stocktakes/{opened.Value}");
        ModelState.AddResultErrors(opened);
        return await CreateFormAsync(input, ct);
    }

    [HttpGet("{id:guid}")]
    public Task<IActionResult> Details(Guid id, CancellationToken ct) => SheetAsync(id, ct);

    [HttpPost("{id:guid}/counts")]
    public async Task<IActionResult> Count(Guid id, StocktakeCountInput input, [FromForm(Name = "action")] string? action, CancellationToken ct)
    {
        var (counts, invalid) = input.Parse();
        foreach (var line in invalid) ModelState.AddModelError(StocktakeCountInput.Key(line), "请填写不小于0的整数");
        if (invalid.Count > 0) return await SheetAsync(id, ct, count: input);
        var saved = await sender.Send(new CountStocktake(User.Id(), id, counts), ct);
        if (saved.IsNotFound) return NotFound();
        if (saved.IsFailure) { ModelState.AddResultErrors(saved); return await SheetAsync(id, ct, count: input); }
        if (action != "submit") return Done(id, "计数已保存");
        var submitted = await sender.Send(new SubmitStocktake(User.Id(), id), ct);
        if (submitted.IsSuccess) return Done(id, "盘点单已提交审核");
        ModelState.AddResultErrors(submitted);
        return await SheetAsync(id, ct, count: input);
    }

    [HttpPost("{id:guid}/found")]
    public async Task<IActionResult> Found(Guid id, FoundStockInput input, CancellationToken ct)
    {
        var added = await sender.Send(input.ToCommand(User.Id(), id), ct);
        if (added.IsNotFound) return NotFound();
        if (added.IsSuccess) return Done(id, "盘盈行已添加");
        ModelState.AddResultErrors(added);
        return await SheetAsync(id, ct, found: input);
    }

    [HttpPost("{id:guid}/approve")]
    public async Task<IActionResult> Approve(Guid id, CancellationToken ct) =>
        Decided(id, await sender.Send(new ApproveStocktake(User.Id(), id), ct), "盘点差异已过账");

    [HttpPost("{id:guid}/return")]
    public async Task<IActionResult> Return(Guid id, ReasonInput input, CancellationToken ct)
    {
        var returned = await sender.Send(new ReturnStocktake(User.Id(), id, input.Reason), ct);
        if (returned.IsNotFound) return NotFound();
        if (returned.IsSuccess) return Done(id, "已退回重盘");
        ModelState.AddResultErrors(returned);
        return await SheetAsync(id, ct, returned: input);
    }

    [HttpPost("{id:guid}/cancel")]
    public async Task<IActionResult> Cancel(Guid id, CancellationToken ct) =>
        Decided(id, await sender.Send(new CancelStocktake(User.Id(), id), ct), "盘点单已作废");

    private IActionResult Decided(Guid id, Result result, string success)
    {
        if (result.IsNotFound) return NotFound();
        this.Flash(result, success);
        return Redirect($"/merchant/stocktakes/{id}");
    }

    private IActionResult Done(Guid id, string message)
    {
        this.Flash(message);
        return Redirect($"/merchant/stocktakes/{id}");
    }

    private async Task<IActionResult> SheetAsync(Guid id, CancellationToken ct, StocktakeCountInput? count = null, FoundStockInput? found = null, ReasonInput? returned = null)
    {
        var sheet = await sender.Send(new GetStocktake(User.Id(), id), ct);
        if (sheet is null) return NotFound();
        count ??= new StocktakeCountInput { Counts = sheet.Lines.ToDictionary(l => l.Id, l => l.Counted?.ToString()) };
        return View("Details", new StocktakePage(sheet, count, found ?? new FoundStockInput(), returned ?? new ReasonInput()));
    }

    private async Task<IActionResult> CreateFormAsync(StocktakeOpenInput input, CancellationToken ct)
    {
        var warehouses = await sender.Send(new ListWarehouses(User.Id()), ct);
        var zones = new Dictionary<Guid, IReadOnlyList<string>>();
        foreach (var w in warehouses)
            zones[w.Id] = (await sender.Send(new GetWarehouse(User.Id(), w.Id), ct))?.Bins.Select(b => b.Zone).Distinct().Order().ToList() ?? [];
        ViewData["Warehouses"] = warehouses;
        ViewData["Zones"] = zones;
        return View("Create", input);
    }
}
