using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Features;
using SharedWarehouse.Modules.Printing.Queue;
using SharedWarehouse.Modules.Printing.Web;

namespace SharedWarehouse.Modules.Printing.Areas.Admin.Controllers;

/// Platform label printers: add, change, assign to a picker or station, and send a test label.
[Area("Admin")]
[Authorize(Roles = Roles.Admin + "," + Roles.Operations)]
[Route("admin/printers")]
public sealed class PrintersController(ISender sender, TimeProvider time, PrintQueueSignal signal) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["Input"] = new PrinterInput();
        return View(await sender.Send(new ListPrinters(), ct));
    }

    [HttpPost("")]
    public async Task<IActionResult> Create(PrinterInput input, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(null), ct);
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            ViewData["Input"] = input;
            return View(nameof(Index), await sender.Send(new ListPrinters(), ct));
        }
        this.Flash("打印机已添加");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        var printer = await sender.Send(new GetPrinter(id), ct);
        if (printer is null) return NotFound();
        ViewData["PrinterId"] = id;
        return View(PrinterInput.From(printer));
    }

    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, PrinterInput input, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(id), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            ViewData["PrinterId"] = id;
            return View(input);
        }
        this.Flash("打印机已保存");
        return RedirectToAction(nameof(Index));
    }

    /// Queues a sample label (a new job every press) to check the printer end to end.
    [HttpPost("{id:guid}/test")]
    public async Task<IActionResult> Test(Guid id, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var label = new LabelContent("TEST" + now.ToString("HHmmss", System.Globalization.CultureInfo.InvariantCulture), "TEST-ORDER", "SKU-TEST",
            "黑色", "M", "测试档口", 1250, "测试", DateOnly.FromDateTime(now));
        var result = await sender.Send(new EnqueueLabel(label, new PrinterChoice(id), $"test:{id:N}:{Guid.NewGuid():N}"), ct);
        if (result.IsFailure) return NotFound();
        signal.Notify();
        this.Flash("测试标签已加入打印队列");
        return Redirect($"/admin/print-jobs?printerId={id}");
    }
}
