using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
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
