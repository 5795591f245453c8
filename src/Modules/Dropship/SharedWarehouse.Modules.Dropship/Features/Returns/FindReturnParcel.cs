using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Warehouse;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Returns;

public sealed record ReturnLineView(Guid LineId, string SkuCode, string Title, string Colour, string Size, int Quantity, LineStatus Status,
    ReturnStatus? Inspected);

/// ReturnRegistered: the outside shop reported a return for the order (or a line of it was inspected already); a parcel
/// found by the order's own codes without that is shown with a warning.
public sealed record ReturnParcel(Guid OrderId, string OrderNumber, string ExternalOrderId, string Channel, string ReceiverName,
    string? TrackingNumber, string Waybill, IReadOnlyList<ReturnLineView> Lines, bool ReturnRegistered = true);

/// The returns clerk scans the parcel's return waybill: the order is found by the return waybill its outside shop
/// reported, or by the outgoing waybill, the order number or an item's label — within this warehouse only, however the
/// code was typed (ScanCode). An order that never shipped, or a return label, is named in the answer.
public sealed record FindReturnParcel(Guid Scope, string? Code) : IQuery<Result<ReturnParcel>>;

internal sealed class FindReturnParcelHandler(DropshipDbContext db) : IRequestHandler<FindReturnParcel, Result<ReturnParcel>>
{
    public async Task<Result<ReturnParcel>> Handle(FindReturnParcel q, CancellationToken ct)
    {
        var code = ScanCode.Normalize(q.Code);
        if (code.Length is 0 or > 40) return Error.Validation("Code", "请扫描退货快递单号");
        var found = await CodeLookup.IdentifyAsync(db, q.Scope, code, ct);
        if (found.OrderId is not { } orderId) return Error.Validation("Code", "找不到 {0} 对应的已发货代发订单", code);
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).AsSplitQuery().FirstAsync(o => o.Id == orderId, ct);
        if (found.Kind == CodeKind.ReturnLabel) return DeskAnswers.ReturnLabel(order.Number);
        if (order.Status == DropshipOrderStatus.Closed) return Error.Validation("Code", "订单 {0} 已关闭，没有发出过包裹", order.Number);
        if (order.Status != DropshipOrderStatus.Shipped) return Error.Validation("Code", "订单 {0} 还没有发货，不能退货", order.Number);
        var inspected = await db.Returns.AsNoTracking().Where(r => r.OrderId == order.Id).ToDictionaryAsync(r => r.LineId, r => r.Status, ct);
        return new ReturnParcel(order.Id, order.Number, order.ExternalOrderId, order.Channel, order.ReceiverName, order.TrackingNumber,
            order.ReturnWaybill ?? code, order.Lines.OrderBy(l => l.LineNumber).Select(l => new ReturnLineView(l.Id, l.SkuCode, l.Title, l.Colour,
                l.Size, l.Quantity, l.Status, inspected.TryGetValue(l.Id, out var s) ? s : null)).ToList(),
            ReturnRegistered: order.ReturnWaybill is not null || inspected.Count > 0);
    }
}
