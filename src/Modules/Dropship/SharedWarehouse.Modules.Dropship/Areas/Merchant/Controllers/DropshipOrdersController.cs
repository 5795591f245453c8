using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Intake;
using SharedWarehouse.Modules.Dropship.Features.Queries;
using SharedWarehouse.Modules.Dropship.Features.Resolve;
using SharedWarehouse.Modules.Dropship.Web;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Areas.Merchant.Controllers;

/// The merchant's dropship orders: list and search, CSV import with a row-level report, tracking export, one order
/// with its lines' pickup history, answers to lines a picker could not buy, and closing.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[Route("merchant/dropship")]
public sealed class DropshipOrdersController(ISender sender, IMerchantDirectory merchants, TimeProvider time) : MerchantShopController(merchants)
{
    private const long MaxUpload = 2 * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] OrderListQuery query, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        if (!Enum.IsDefined(query.Filter)) query.Filter = OrderFilter.All;
        return View(await sender.Send(new ListDropshipOrders(shopId, query.Filter, query.Q, query.Page), ct));
    }

    [HttpGet("template.csv")]
    public IActionResult Template() => File(OrderSheet.Template(), "text/csv; charset=utf-8", "dropship-orders-template.csv");

    [HttpPost("import")]
    [RequestSizeLimit(MaxUpload + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        var page = await sender.Send(new ListDropshipOrders(shopId, OrderFilter.All, null, 1), ct);
        if (file is null || file.Length == 0) return ImportFailed(page, "请选择要导入的 CSV 文件");
        if (file.Length > MaxUpload) return ImportFailed(page, "文件不能超过 2 MB");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var sheet = OrderSheet.Read(buffer.ToArray());
        if (sheet is null) return ImportFailed(page, "无法读取该文件，请使用 UTF-8 编码的 CSV（可下载模板）");
        IntakeReport? report = null;
        if (sheet.Orders.Count > 0)
        {
            var received = await sender.Send(new ReceiveDropshipOrders(shopId, sheet.Orders), ct);
            if (received.IsFailure) return ImportFailed(page, received.Errors[0].Message);
            report = received.Value;
        }
        ViewData["Import"] = new ImportSummary(sheet, report);
        return View("Index", await sender.Send(new ListDropshipOrders(shopId, OrderFilter.All, null, 1), ct));
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> Export(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        if (await ShopIdAsync(ct) is not { } shopId) return NotFound();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var (start, end) = (from ?? today.AddDays(-7), to ?? today);
        if (end < start) (start, end) = (end, start);
        var rows = await sender.Send(new ExportShippedOrders(shopId, start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)), ct);
        var csv = new StringBuilder(string.Join(",", OrderSheet.ExportColumns) + "\r\n");
        foreach (var r in rows)
            csv.Append(CultureInfo.InvariantCulture, $"{Cell(r.ExternalOrderId)},{Cell(r.Channel)},{r.Number},{Cell(r.Carrier)},{Cell(r.TrackingNumber)},{r.ShippedUtc:yyyy-MM-dd HH:mm}\r\n");
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8",
            $"dropship-shipped-{start:yyyyMMdd}-{end:yyyyMMdd}.csv");
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

    private ViewResult ImportFailed(OrderPage page, string message)
    {
        ModelState.AddResultErrors(Result.Failure(Error.Validation("file", message)));
        return View("Index", page);
    }

    /// CSV cell quoting, and a leading formula character neutralised so a spreadsheet never runs it.
    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}

public sealed record ImportSummary(OrderSheet.Parsed Sheet, IntakeReport? Report);
