using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Printing.Contracts;

namespace SharedWarehouse.Modules.Dropship.Features.Picking;

public sealed record GetPickedLabel(Guid UserId, Guid TaskId) : IQuery<(LabelContent Label, string PickerPhone)?>;

internal sealed class GetPickedLabelHandler(DropshipDbContext db, TimeProvider time) : IRequestHandler<GetPickedLabel, (LabelContent Label, string PickerPhone)?>
{
    public async Task<(LabelContent Label, string PickerPhone)?> Handle(GetPickedLabel q, CancellationToken ct)
    {
        var found = await PickerScope.TaskAsync(db, q.UserId, q.TaskId, ct, tracked: false);
        if (found is not { } f || f.Task.Status != PickupTaskStatus.Picked) return null;
        return (RecordPickupHandler.LabelOf(f.Task, f.Picker, time), f.Picker.Phone);
    }
}
