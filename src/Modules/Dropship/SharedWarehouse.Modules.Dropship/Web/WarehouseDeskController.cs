using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Returns;
using SharedWarehouse.Modules.Dropship.Features.Warehouse;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Web;

/// The warehouse desk (scan in, ship, returns, returned stock) for keyboard-wedge scanners: each scan is a POST
/// answered with the page itself (POST/render), the result large and the scan box ready for the next code. The
/// platform's and a merchant's warehouse share the actions and views; the subclass supplies the route, the roles
/// and the scope — every command is scoped by it, so codes of another warehouse are simply not found.
public abstract class WarehouseDeskController(ISender sender, ILabelPrinting printing) : Controller
{
    public const string StationCookie = "sw-dropship-station";
    private const string Views = "/Views/DropshipWarehouse/";

    protected abstract string BasePath { get; }

    /// The signed-in user's warehouse, or null (no shop: 404).
    protected abstract Task<DeskScope?> ScopeAsync(CancellationToken ct);

    [HttpGet("")]
    public Task<IActionResult> In(CancellationToken ct) => PageAsync(WarehouseDeskPage.InTab, null, ct);

    [HttpPost("")]
    public async Task<IActionResult> ScanIn(ScanInput input, CancellationToken ct)
    {
        if (await ScopeAsync(ct) is not { } scope) return NotFound();
        var page = NewPage(WarehouseDeskPage.InTab, scope);
        var result = await sender.Send(new ScanIn(scope.Scope, input.Code), ct);
        if (Failed(result, page, input.Code)) return View(Views + "In.cshtml", page);
        (page.In, page.Scanned) = (result.Value, ScanCode.Normalize(input.Code));
        return View(Views + "In.cshtml", page);
    }

    [HttpGet("out")]
    public Task<IActionResult> Out(CancellationToken ct) => PageAsync(WarehouseDeskPage.OutTab, null, ct);

    [HttpPost("out")]
    public async Task<IActionResult> ScanOut(ScanInput input, CancellationToken ct)
    {
        if (await ScopeAsync(ct) is not { } scope) return NotFound();
        var page = NewPage(WarehouseDeskPage.OutTab, scope, RememberStation(input.Station));
        var result = await sender.Send(new ScanOut(scope.Scope, input.Code, page.Station), ct);
        page.Ready = await sender.Send(new ListReadyToShip(scope.Scope), ct);
        if (Failed(result, page, input.Code)) return View(Views + "Out.cshtml", page);
        (page.Out, page.Scanned) = (result.Value, ScanCode.Normalize(input.Code));
        if (result.Value.PrintJobId is { } job) page.Print = await printing.FindJobAsync(job, ct);
        return View(Views + "Out.cshtml", page);
    }

    [HttpGet("returns")]
    public Task<IActionResult> Returns(CancellationToken ct) => PageAsync(WarehouseDeskPage.ReturnsTab, null, ct);

    [HttpPost("returns")]
    public async Task<IActionResult> FindReturn(ScanInput input, CancellationToken ct)
    {
        if (await ScopeAsync(ct) is not { } scope) return NotFound();
        var page = NewPage(WarehouseDeskPage.ReturnsTab, scope, RememberStation(input.Station));
        var parcel = await sender.Send(new FindReturnParcel(scope.Scope, input.Code), ct);
        if (Failed(parcel, page, input.Code)) return View(Views + "Returns.cshtml", page);
        (page.Parcel, page.Scanned) = (parcel.Value, ScanCode.Normalize(input.Code));
        return View(Views + "Returns.cshtml", page);
    }

    [HttpPost("returns/inspect")]
    public async Task<IActionResult> Inspect(InspectInput input, CancellationToken ct)
    {
        if (await ScopeAsync(ct) is not { } scope) return NotFound();
        var page = NewPage(WarehouseDeskPage.ReturnsTab, scope, RememberStation(input.Station));
        var inspected = await sender.Send(new InspectReturn(scope.Scope, input.OrderId, input.LineId, input.Waybill, input.Accept, input.Note,
            page.Station), ct);
        if (inspected.IsNotFound) return NotFound();
        if (inspected.IsFailure)
        {
            ModelState.AddResultErrors(inspected);
            page.Inspect = input;
        }
        else
        {
            page.Inspection = inspected.Value;
            if (inspected.Value.PrintJobId is { } job) page.Print = await printing.FindJobAsync(job, ct);
        }
        // The parcel again, with this line's new state (or its form with the error).
        var parcel = await sender.Send(new FindReturnParcel(scope.Scope, input.Code), ct);
        if (parcel.IsSuccess) (page.Parcel, page.Scanned) = (parcel.Value, ScanCode.Normalize(input.Code));
        return View(Views + "Returns.cshtml", page);
    }

    [HttpGet("returned-stock")]
    public async Task<IActionResult> Stock(string? status, int page = 1, CancellationToken ct = default)
    {
        if (await ScopeAsync(ct) is not { } scope) return NotFound();
        return View(Views + "Stock.cshtml", await StockPageAsync(scope, status, page, ct));
    }

    [HttpPost("returned-stock/{id:guid}/back-to-stall")]
    public Task<IActionResult> BackToStall(Guid id, CloseReturnInput input, CancellationToken ct) =>
        ActAsync(id, ReturnAction.BackToStall, input, "已安排退回档口，拿货员的列表中可见", ct);

    [HttpPost("returned-stock/{id:guid}/close")]
    public Task<IActionResult> CloseReturn(Guid id, CloseReturnInput input, CancellationToken ct) =>
        ActAsync(id, ReturnAction.Close, input, "退货已关闭", ct);

    private async Task<IActionResult> ActAsync(Guid id, ReturnAction action, CloseReturnInput input, string done, CancellationToken ct)
    {
        if (await ScopeAsync(ct) is not { } scope) return NotFound();
        var result = await sender.Send(new ActOnReturn(scope.ShopId, scope.Scope, id, action, input.Note), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return View(Views + "Stock.cshtml", await StockPageAsync(scope, input.Status, input.Page, ct));
        }
        this.Flash(done);
        return Redirect($"{BasePath}/returned-stock?status={Uri.EscapeDataString(input.Status ?? "")}&page={input.Page}");
    }

    private async Task<WarehouseDeskPage> StockPageAsync(DeskScope scope, string? status, int pageNumber, CancellationToken ct)
    {
        var page = NewPage(WarehouseDeskPage.StockTab, scope);
        page.StatusFilter = Enum.TryParse<ReturnStatus>(status, out var s) && Enum.IsDefined(s) ? s : null;
        page.Stock = await sender.Send(new ListReturnStock(scope.Scope, scope.ShopId, page.StatusFilter, pageNumber), ct);
        return page;
    }

    private async Task<IActionResult> PageAsync(string tab, string? code, CancellationToken ct)
    {
        if (await ScopeAsync(ct) is not { } scope) return NotFound();
        var page = NewPage(tab, scope);
        page.Code = code;
        if (tab == WarehouseDeskPage.OutTab) page.Ready = await sender.Send(new ListReadyToShip(scope.Scope), ct);
        return View(Views + tab switch { WarehouseDeskPage.OutTab => "Out", WarehouseDeskPage.ReturnsTab => "Returns", _ => "In" } + ".cshtml", page);
    }

    private WarehouseDeskPage NewPage(string tab, DeskScope scope, string? station = null) => new()
    {
        BasePath = BasePath, Tab = tab, IsPlatform = scope.ShopId is null, Station = station ?? Request.Cookies[StationCookie],
    };

    /// The errors go next to the scan box with the typed code kept (the script selects it, so the next scan replaces it).
    private bool Failed<T>(Result<T> result, WarehouseDeskPage page, string? typed)
    {
        if (result.IsSuccess) return false;
        ModelState.AddResultErrors(result);
        page.Code = typed;
        return true;
    }

    /// A station typed at the desk is kept in a cookie for the next visit (a desk is one station, day after day).
    private string? RememberStation(string? station)
    {
        var name = station?.Trim();
        if (string.IsNullOrEmpty(name)) return Request.Cookies[StationCookie];
        if (name.Length > 40) name = name[..40];
        Response.Cookies.Append(StationCookie, name, new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, Path = BasePath,
            Expires = DateTimeOffset.UtcNow.AddYears(1),
        });
        return name;
    }
}
