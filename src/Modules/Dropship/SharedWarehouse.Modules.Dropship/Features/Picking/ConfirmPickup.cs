using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Picking;

/// "Got it": the picker enters the unit price paid at the stall. Platform dropship refuses a price above the
/// declared one beyond the tolerance (the order goes back to the merchant, nothing prints); otherwise the task is
/// done and the label is queued on the picker's printer. A retried tap (lost connection) has one effect: the task's
/// state answers a repeat, and the label's queue key is the task's.
public sealed record ConfirmPickup(Guid UserId, Guid TaskId, long PaidUnitFen) : IProcess<PickResult>;

internal sealed class ConfirmPickupHandler(ISender sender, ILabelPrinting printing) : IRequestHandler<ConfirmPickup, Result<PickResult>>
{
    public async Task<Result<PickResult>> Handle(ConfirmPickup c, CancellationToken ct)
    {
        var recorded = await sender.Send(new RecordPickup(c.UserId, c.TaskId, c.PaidUnitFen), ct);
        if (recorded.IsFailure) return Result<PickResult>.Failure(recorded.Errors);
        var r = recorded.Value;
        if (r.Outcome == PickOutcome.PriceRefused) return new PickResult(PickOutcome.PriceRefused, r.Label.LabelId, null, null);
        return await PrintAsync(sender, printing, c.TaskId, r.Label, r.PickerPhone, ct);
    }

    internal static async Task<Result<PickResult>> PrintAsync(ISender sender, ILabelPrinting printing, Guid taskId, LabelContent label,
        string pickerPhone, CancellationToken ct)
    {
        var queued = await printing.EnqueueAsync(label, new PrinterChoice(PickerPhone: pickerPhone), $"pick:{taskId:N}", ct);
        if (queued.IsFailure) return new PickResult(PickOutcome.Picked, label.LabelId, null, queued.Errors[0].Message);
        await sender.Send(new RecordTaskPrintJob(taskId, queued.Value), ct);
        return new PickResult(PickOutcome.Picked, label.LabelId, queued.Value, null);
    }
}
