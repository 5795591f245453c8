using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Queue;
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
}
