using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Intake;
using SharedWarehouse.Modules.Dropship.Features.Marketplaces;
using SharedWarehouse.Modules.Dropship.Features.Queries;
using SharedWarehouse.Modules.Dropship.Features.Resolve;
using SharedWarehouse.Modules.Dropship.Web;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Areas.Merchant.Controllers;

/// The merchant's dropship orders: list and search, the import template, tracking export, one order
/// with its lines' pickup history, answers to lines a picker could not buy, and closing.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Dropship)]
[Route("merchant/dropship")]
public sealed class DropshipOrdersController(ISender sender, IShopAccess shops, TimeProvider time) : MerchantShopController(shops)
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] OrderListQuery query, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        if (!Enum.IsDefined(query.Filter)) query.Filter = OrderFilter.All;
        ViewData["TrackingPlatform"] = await sender.Send(new LatestOrderSource(shopId), ct);
        return View(await sender.Send(new ListDropshipOrders(shopId, query.Filter, query.Q, query.Page), ct));
    }

    [HttpGet("template.csv")]
    public IActionResult Template() => File(OrderSheet.Template(), "text/csv; charset=utf-8", "dropship-orders-template.csv");

    /// Shipped orders' tracking numbers for the outside shops: in a marketplace's bulk-ship format (by default the one
    /// the shop's latest marketplace orders came from) or the generic list ("All"); XLSX unless CSV is asked for.
    [HttpGet("export")]
    public async Task<IActionResult> Export(DateOnly? from, DateOnly? to, string? platform, string? format, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var (start, end) = (from ?? today.AddDays(-7), to ?? today);
        if (end < start) (start, end) = (end, start);
        MarketplacePlatform? target = Enum.TryParse<MarketplacePlatform>(platform, out var p) && Enum.IsDefined(p) ? p
            : platform == "All" ? null : await sender.Send(new LatestOrderSource(shopId), ct);
        var rows = await sender.Send(new ExportShippedOrders(shopId, start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), target), ct);
        var file = TrackingFile.Write(target, rows, format == "csv" ? SheetFormat.Csv : SheetFormat.Xlsx);
        var prefix = target?.ToString().ToLowerInvariant() ?? "dropship";
        return File(file.Content, file.ContentType, $"{prefix}-shipped-{start:yyyyMMdd}-{end:yyyyMMdd}{file.Extension}");
    }

    [HttpGet("orders/{id:guid}")]
    public async Task<IActionResult> Order(Guid id, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        var order = await sender.Send(new GetDropshipOrder(shopId, id), ct);
        return order is null ? NotFound() : View(order);
    }

    [HttpPost("orders/{id:guid}/lines/{lineId:guid}/resolve")]
    public async Task<IActionResult> Resolve(Guid id, Guid lineId, ResolveLineInput input, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        long? price = null;
        if (input.Resolution == Resolution.CorrectPrice)
        {
            if (!PickupPrice.TryParse(input.DeclaredPrice, out var fen))
                ModelState.AddResultErrors(Result.Failure(Error.Validation("DeclaredPrice", "请填写正确的拿货价（元）")), $"Line{lineId:N}");
            else price = fen;
        }
        if (ModelState.IsValid)
        {
            var resolved = await sender.Send(new ResolveDropshipLine(shopId, id, lineId, input.Resolution, input.StallId, input.Day, price), ct);
            if (resolved.IsSuccess) return Redirect($"/merchant/dropship/orders/{id}");
            if (resolved.IsNotFound) return NotFound();
            ModelState.AddResultErrors(resolved, $"Line{lineId:N}");
        }
        ViewData["ResolveInput"] = (lineId, input);
        return await ShowOrderAsync(shopId, id, ct);
    }

    [HttpPost("orders/{id:guid}/close")]
    public async Task<IActionResult> Close(Guid id, CloseOrderInput input, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        var closed = await sender.Send(new CloseDropshipOrder(shopId, id, input.Reason), ct);
        if (closed.IsSuccess) return Redirect($"/merchant/dropship/orders/{id}");
        if (closed.IsNotFound) return NotFound();
        ModelState.AddResultErrors(closed);
        ViewData["CloseInput"] = input;
        return await ShowOrderAsync(shopId, id, ct);
    }

    private async Task<IActionResult> ShowOrderAsync(Guid shopId, Guid id, CancellationToken ct)
    {
        var order = await sender.Send(new GetDropshipOrder(shopId, id), ct);
        return order is null ? NotFound() : View("Order", order);
    }

}
