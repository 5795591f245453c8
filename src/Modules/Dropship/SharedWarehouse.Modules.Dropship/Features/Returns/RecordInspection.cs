using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Returns;

public sealed record RecordInspection(InspectReturn Request) : ICommand<(Guid Id, ReturnStatus Status, LabelContent? Label)>;

internal sealed class RecordInspectionHandler(DropshipDbContext db, TimeProvider time)
    : IRequestHandler<RecordInspection, Result<(Guid Id, ReturnStatus Status, LabelContent? Label)>>
{
    public async Task<Result<(Guid Id, ReturnStatus Status, LabelContent? Label)>> Handle(RecordInspection command, CancellationToken ct)
    {
        var c = command.Request;
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == c.OrderId && o.Scope == c.Scope, ct);
        var line = order?.Line(c.LineId);
        if (order is null || line is null) return Error.NotFound();
        var existing = await db.Returns.FirstOrDefaultAsync(r => r.LineId == line.Id, ct);
        var item = existing;
        if (item is null)
        {
            var task = line.TaskId is { } taskId ? await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId && t.Status == PickupTaskStatus.Picked, ct) : null;
            var inspected = ReturnCase.Inspect(order, line, task, c.Waybill ?? order.ReturnWaybill ?? "", c.Accept, c.Note, db.Now());
            if (inspected.IsFailure) return Result<(Guid, ReturnStatus, LabelContent?)>.Failure(inspected.Errors);
            item = inspected.Value;
            db.Returns.Add(item);
        }
        // A repeated submit (the clerk's double click, a retry) answers with the first inspection; its label's queue key
        // is the return's, so it is not printed twice.
        var label = item.Status == ReturnStatus.InStock
            ? new LabelContent(item.ReturnLabelId, item.OrderNumber, item.SkuCode, item.Colour, item.Size, item.StallText ?? "退货入仓",
                item.PaidUnitFen ?? 0, item.PickerName ?? "", ChinaTime.Today(time), Title: item.Title)
            : null;
        return (item.Id, item.Status, label);
    }
}
