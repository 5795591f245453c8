using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Picking;

/// Prints the label of a task already picked again through the same queue key (a lost print request, or the
/// printer was assigned only now); an explicit reprint of a printed label is the print queue's admin action.
public sealed record PrintPickedLabel(Guid UserId, Guid TaskId) : IProcess<PickResult>;

internal sealed class PrintPickedLabelHandler(ISender sender, ILabelPrinting printing) : IRequestHandler<PrintPickedLabel, Result<PickResult>>
{
    public async Task<Result<PickResult>> Handle(PrintPickedLabel c, CancellationToken ct)
    {
        var label = await sender.Send(new GetPickedLabel(c.UserId, c.TaskId), ct);
        if (label is null) return Error.NotFound();
        return await ConfirmPickupHandler.PrintAsync(sender, printing, c.TaskId, label.Value.Label, label.Value.PickerPhone, ct);
    }
}
