using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Returns;

public sealed record ReturnLineView(Guid LineId, string SkuCode, string Title, string Colour, string Size, int Quantity, LineStatus Status,
    ReturnStatus? Inspected);

public sealed record ReturnParcel(Guid OrderId, string OrderNumber, string ExternalOrderId, string Channel, string ReceiverName,
    string? TrackingNumber, string Waybill, IReadOnlyList<ReturnLineView> Lines);

/// The returns clerk scans the parcel's return waybill: the order is found by the return waybill its outside shop
/// reported, or by the outgoing waybill, the order number or an item's label — within this warehouse only.
public sealed record FindReturnParcel(Guid Scope, string? Code) : IQuery<Result<ReturnParcel>>;

internal sealed class FindReturnParcelHandler(DropshipDbContext db) : IRequestHandler<FindReturnParcel, Result<ReturnParcel>>
{
    public async Task<Result<ReturnParcel>> Handle(FindReturnParcel q, CancellationToken ct)
    {
        var code = q.Code?.Trim() ?? "";
        if (code.Length is 0 or > 40) return Error.Validation("Code", "请扫描退货快递单号");
        var upper = code.ToUpperInvariant();
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).AsSplitQuery()
            .Where(o => o.Scope == q.Scope && o.Status == DropshipOrderStatus.Shipped)
            .FirstOrDefaultAsync(o => o.ReturnWaybill == code || o.TrackingNumber == code || o.Number == upper || o.Lines.Any(l => l.LabelId == upper), ct);
        if (order is null) return Error.Validation("Code", "找不到 {0} 对应的已发货代发订单", code);
        var inspected = await db.Returns.AsNoTracking().Where(r => r.OrderId == order.Id).ToDictionaryAsync(r => r.LineId, r => r.Status, ct);
        return new ReturnParcel(order.Id, order.Number, order.ExternalOrderId, order.Channel, order.ReceiverName, order.TrackingNumber,
            order.ReturnWaybill ?? code, order.Lines.OrderBy(l => l.LineNumber).Select(l => new ReturnLineView(l.Id, l.SkuCode, l.Title, l.Colour,
                l.Size, l.Quantity, l.Status, inspected.TryGetValue(l.Id, out var s) ? s : null)).ToList());
    }
}

public sealed record InspectionResult(Guid ReturnId, ReturnStatus Status, string ReturnLabelId, Guid? PrintJobId, string? PrintError);

/// Inspection of one returned line: accepted → the return label prints at the station, the item waits in returned
/// stock (the next order for its SKU code takes it) and the refund is approved; refused → set aside with the reason.
public sealed record InspectReturn(Guid Scope, Guid OrderId, Guid LineId, string? Waybill, bool Accept, string? Note, string? Station)
    : IProcess<InspectionResult>;

internal sealed class InspectReturnHandler(ISender sender, ILabelPrinting printing, DropshipOptions options)
    : IRequestHandler<InspectReturn, Result<InspectionResult>>
{
    public async Task<Result<InspectionResult>> Handle(InspectReturn c, CancellationToken ct)
    {
        var recorded = await sender.Send(new RecordInspection(c), ct);
        if (recorded.IsFailure) return Result<InspectionResult>.Failure(recorded.Errors);
        var (id, status, label) = recorded.Value;
        if (status != ReturnStatus.InStock || label is null) return new InspectionResult(id, status, "", null, null);
        var station = string.IsNullOrWhiteSpace(c.Station) ? options.DefaultStation : c.Station.Trim();
        var queued = await printing.EnqueueAsync(label, new PrinterChoice(Station: station), $"return:{id:N}", ct);
        if (queued.IsFailure) return new InspectionResult(id, status, label.LabelId, null, queued.Errors[0].Message);
        await sender.Send(new RecordReturnPrintJob(id, queued.Value), ct);
        return new InspectionResult(id, status, label.LabelId, queued.Value, null);
    }
}

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
                item.PaidUnitFen ?? 0, item.PickerName ?? "", ChinaTime.Today(time))
            : null;
        return (item.Id, item.Status, label);
    }
}

public sealed record RecordReturnPrintJob(Guid ReturnId, Guid PrintJobId) : ICommand;

internal sealed class RecordReturnPrintJobHandler(DropshipDbContext db) : IRequestHandler<RecordReturnPrintJob, Result>
{
    public async Task<Result> Handle(RecordReturnPrintJob c, CancellationToken ct)
    {
        var item = await db.Returns.FirstOrDefaultAsync(r => r.Id == c.ReturnId, ct);
        if (item is null) return Error.NotFound();
        item.Printing(c.PrintJobId);
        return Result.Success();
    }
}

public enum ReturnAction { BackToStall = 1, Close = 2 }

/// The warehouse (or the merchant, for its own team) sends a returned item back to its stall — it appears on the
/// pickers' list with what was paid, by whom, when and where — or closes the return (refused goods, or a failed
/// trip the merchant settled otherwise).
public sealed record ActOnReturn(Guid? ShopId, Guid Scope, Guid ReturnId, ReturnAction Action, string? Note) : ICommand;

internal sealed class ActOnReturnHandler(DropshipDbContext db) : IRequestHandler<ActOnReturn, Result>
{
    public async Task<Result> Handle(ActOnReturn c, CancellationToken ct)
    {
        var item = await db.Returns.FirstOrDefaultAsync(r => r.Id == c.ReturnId && r.Scope == c.Scope && (c.ShopId == null || r.ShopId == c.ShopId), ct);
        if (item is null) return Error.NotFound();
        return c.Action switch
        {
            ReturnAction.BackToStall => item.SendBackToStall(),
            ReturnAction.Close => item.Close(c.Note),
            _ => Error.Validation("Action", "请选择处理方式"),
        };
    }
}

/// The outside shop reports the buyer's return waybill for an order, so the parcel is found when it is scanned.
public sealed record ExpectReturn(Guid ShopId, string? ExternalOrderId, string? ReturnWaybill) : ICommand;

internal sealed class ExpectReturnHandler(DropshipDbContext db) : IRequestHandler<ExpectReturn, Result>
{
    public async Task<Result> Handle(ExpectReturn c, CancellationToken ct)
    {
        var id = c.ExternalOrderId?.Trim() ?? "";
        var order = await db.Orders.FirstOrDefaultAsync(o => o.ShopId == c.ShopId && o.ExternalOrderId == id, ct);
        if (order is null) return Error.Validation("ExternalOrderId", "找不到该外部订单");
        return order.ExpectReturn(c.ReturnWaybill ?? "");
    }
}
