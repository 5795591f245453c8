using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Queue;
using SharedWarehouse.Modules.Printing.Rendering;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Printing.Features;

internal sealed class LabelPrintingFacade(ISender sender, PrintQueueSignal signal) : ILabelPrinting
{
    public async Task<Result<Guid>> EnqueueAsync(LabelContent label, PrinterChoice printer, string idempotencyKey, CancellationToken ct)
    {
        var result = await sender.Send(new EnqueueLabel(label, printer, idempotencyKey), ct);
        // Two calls with one key at the same moment: the unique key lets one insert win; the other answers with that job.
        if (result.IsFailure && result.Errors.Any(e => e.Code == "conflict"))
            result = await sender.Send(new EnqueueLabel(label, printer, idempotencyKey), ct);
        if (result.IsSuccess) signal.Notify(); // after the commit, so the worker sees the row
        return result;
    }

    public Task<PrintJobState?> FindJobAsync(Guid jobId, CancellationToken ct) => sender.Send(new GetJobState(jobId), ct);

    public async Task<Result<Guid>> EnqueueWaybillAsync(WaybillContent waybill, PrinterChoice printer, string idempotencyKey, CancellationToken ct)
    {
        var result = await sender.Send(new EnqueueWaybill(waybill, printer, idempotencyKey), ct);
        // As for labels: a racing second call with the same key is answered with the job the first one queued.
        if (result.IsFailure && result.Errors.Any(e => e.Code == "conflict"))
            result = await sender.Send(new EnqueueWaybill(waybill, printer, idempotencyKey), ct);
        if (result.IsSuccess) signal.Notify();
        return result;
    }

    public async Task<IReadOnlyList<PrinterSummary>> ListPrintersAsync(CancellationToken ct) =>
        (await sender.Send(new ListPrinters(), ct)).Select(p => new PrinterSummary(p.Id, p.Name, p.Station, p.PaperWidthMm)).ToList();

    public string RenderWaybillPreview(WaybillContent waybill, int paperWidthMm) => SvgPreview.Render(WaybillLayout.For(waybill, paperWidthMm));
}
