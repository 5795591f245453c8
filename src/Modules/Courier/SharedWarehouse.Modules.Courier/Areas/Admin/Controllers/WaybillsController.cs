using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Courier.Features;
using SharedWarehouse.Modules.Courier.Web;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Courier.Areas.Admin.Controllers;

/// Waybills for operations and customer service: find one by tracking or order number or shop, follow its
/// tracking, preview it and print it again on a chosen printer.
[Area("Admin")]
[Authorize(Roles = Roles.Admin + "," + Roles.Operations + "," + Roles.CustomerService)]
[Route("admin/waybills")]
public sealed class WaybillsController(ISender sender, IMerchantDirectory merchants, ILabelPrinting printing) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] WaybillSearch search, CancellationToken ct)
    {
        ViewData["Search"] = search;
        Guid? shopId = null;
        if (!string.IsNullOrWhiteSpace(search.Shop))
        {
            shopId = (await merchants.FindShopByNameAsync(search.Shop, ct))?.ShopId;
            if (shopId is null)
            {
                ModelState.AddModelError(nameof(WaybillSearch.Shop), "找不到该店铺");
                ViewData["Shops"] = new Dictionary<Guid, ShopSummary>();
                return View(PagedResult<WaybillRow>.Empty(30));
            }
        }
        var page = await sender.Send(new ListWaybills(search.Q, shopId, search.Page), ct);
        ViewData["Shops"] = await merchants.FindShopsAsync(page.Items.Select(w => w.ShopId).Distinct().ToList(), ct);
        return View(page);
    }

    [HttpGet("{trackingNumber}")]
    public Task<IActionResult> Details(string trackingNumber, CancellationToken ct) =>
        ShowAsync(trackingNumber, new ReprintInput { RequestId = Guid.CreateVersion7() }, ct);

    [HttpPost("{trackingNumber}/reprint")]
    public async Task<IActionResult> Reprint(string trackingNumber, ReprintInput input, CancellationToken ct)
    {
        if (input.PrinterId is not { } printerId || input.RequestId == Guid.Empty)
        {
            ModelState.AddModelError(nameof(ReprintInput.PrinterId), "请选择打印机");
            return await ShowAsync(trackingNumber, input, ct);
        }
        var result = await sender.Send(new PrintWaybill(trackingNumber, new PrinterChoice(printerId), User.Id(), input.RequestId), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsSuccess)
        {
            this.Flash("已加入打印队列");
            // Not RedirectToAction: the app's lower-case URLs would turn the number into another one.
            return LocalRedirect($"/admin/waybills/{Uri.EscapeDataString(trackingNumber.Trim())}");
        }
        ModelState.AddResultErrors(result);
        // The command names the field "Printer"; on this form it is the printer select.
        if (ModelState.TryGetValue("Printer", out var printer))
        {
            var messages = printer.Errors.Select(e => e.ErrorMessage).ToList();
            ModelState.Remove("Printer");
            foreach (var message in messages) ModelState.AddModelError(nameof(ReprintInput.PrinterId), message);
        }
        return await ShowAsync(trackingNumber, input, ct);
    }

    /// The waybill as it prints, at 58 or 80 mm.
    [HttpGet("{trackingNumber}/preview.svg")]
    public async Task<IActionResult> Preview(string trackingNumber, int paper = 80, CancellationToken ct = default)
    {
        var detail = await sender.Send(new GetWaybillDetail(trackingNumber), ct);
        if (detail is null) return NotFound();
        return Content(printing.RenderWaybillPreview(detail.Document, paper == 58 ? 58 : 80), "image/svg+xml; charset=utf-8");
    }

    private async Task<IActionResult> ShowAsync(string trackingNumber, ReprintInput input, CancellationToken ct)
    {
        var detail = await sender.Send(new GetWaybillDetail(trackingNumber), ct);
        if (detail is null) return NotFound();
        ViewData["Shop"] = (await merchants.FindShopsAsync([detail.Waybill.ShopId], ct)).GetValueOrDefault(detail.Waybill.ShopId);
        ViewData["Printers"] = await printing.ListPrintersAsync(ct);
        ViewData["Reprint"] = input;
        return View("Details", detail);
    }
}
