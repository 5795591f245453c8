using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Printing.Domain;
using SharedWarehouse.Modules.Printing.Features;
using SharedWarehouse.Modules.Printing.Queue;

namespace SharedWarehouse.Modules.Printing.Areas.Admin.Controllers;

/// The print queue: status and last error per job, a deliberate reprint, and the SVG preview of each label.
[Area("Admin")]
[Authorize(Roles = Roles.Admin + "," + Roles.Operations)]
[Route("admin/print-jobs")]
public sealed class PrintJobsController(ISender sender, PrintQueueSignal signal) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, Guid? printerId, int page = 1, CancellationToken ct = default)
    {
        PrintJobStatus? parsed = Enum.TryParse<PrintJobStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
        ViewData["Status"] = parsed?.ToString() ?? "";
        ViewData["PrinterId"] = printerId;
        ViewData["Printers"] = await sender.Send(new ListPrinters(), ct);
        return View(await sender.Send(new ListPrintJobs(parsed, printerId, page), ct));
    }

    [HttpPost("{id:guid}/reprint")]
    public async Task<IActionResult> Reprint(Guid id, CancellationToken ct)
    {
        var result = await sender.Send(new ReprintJob(id), ct);
        if (result.IsNotFound) return NotFound();
        signal.Notify();
        this.Flash("已重新加入打印队列");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:guid}/preview.svg")]
    public async Task<IActionResult> Preview(Guid id, CancellationToken ct)
    {
        var job = await sender.Send(new GetJobDocument(id), ct);
        if (job is null) return NotFound();
        return Content(job.Svg(), "image/svg+xml; charset=utf-8");
    }
}
