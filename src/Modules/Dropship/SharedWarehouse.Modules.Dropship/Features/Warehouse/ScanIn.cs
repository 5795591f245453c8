using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Warehouse;

/// What the scan box shows after a label was scanned in: which slot to put the bag in and how complete the order is.
public sealed record ScanInResult(string OrderNumber, int Slot, int LinesInHand, int LinesOpen, bool ReadyToShip, bool AlreadyIn, string Title,
    string Colour, string Size, int Quantity);

/// Receiving at the warehouse: a picked bag's label is scanned (a keyboard-wedge scanner types the code and Enter);
/// the line is received and the order gets a sorting slot (the lowest free one in this warehouse) for all its
/// items. Scanning the same label again only shows the slot again. Scope is the warehouse: a shop's own
/// (its id) or the platform's (Guid.Empty); labels of other warehouses are not found. Any other code of this warehouse
/// (an order or tracking number, a return waybill or label, a replaced label) is named in the answer.
public sealed record ScanIn(Guid Scope, string? Code) : ICommand<ScanInResult>;

internal sealed class ScanInHandler(DropshipDbContext db, DisplayTime display) : IRequestHandler<ScanIn, Result<ScanInResult>>
{
    public async Task<Result<ScanInResult>> Handle(ScanIn c, CancellationToken ct)
    {
        var code = ScanCode.Normalize(c.Code);
        if (code.Length == 0) return Error.Validation("Code", "请扫描标签条码");
        var found = await CodeLookup.IdentifyAsync(db, c.Scope, code, ct);
        if (found.Kind != CodeKind.Label) return await NotALabelAsync(found, ct);
        var order = await db.Orders.Include(o => o.Lines).FirstAsync(o => o.Id == found.OrderId, ct);
        var line = order.Lines.First(l => l.LabelId == code);
        if (order.Status == DropshipOrderStatus.Closed) return Error.Validation("Code", "订单 {0} 已关闭，请放入待处理区", order.Number);
        if (order.Status == DropshipOrderStatus.Shipped) return DeskAnswers.Shipped(order, display);
        var already = line.Status == LineStatus.Received;
        var received = line.Receive();
        if (received.IsFailure) return Error.Validation("Code", received.Errors[0].Message);
        if (order.Slot is null) order.AssignSlot(await FreeSlotAsync(c.Scope, ct));
        order.Refresh();
        var open = order.Lines.Where(l => l.Status != LineStatus.Closed).ToList();
        return new ScanInResult(order.Number, order.Slot!.Value, open.Count(l => l.InHand), open.Count, order.Status == DropshipOrderStatus.ReadyToShip,
            already, line.Title, line.Colour, line.Size, line.Quantity);
    }

    private async Task<Error> NotALabelAsync(ScannedCode found, CancellationToken ct)
    {
        if (found.OrderId is not { } orderId) return Error.Validation("Code", "找不到该标签（{0}）对应的代发订单", found.Code);
        var order = await db.Orders.AsNoTracking().FirstAsync(o => o.Id == orderId, ct);
        return found.Kind switch
        {
            CodeKind.ReturnWaybill => DeskAnswers.ReturnWaybill(order.Number),
            CodeKind.ReturnLabel => DeskAnswers.ReturnLabel(order.Number),
            CodeKind.OldLabel => DeskAnswers.OldLabel(found.Code, order.Number),
            _ when order.Status == DropshipOrderStatus.Shipped => DeskAnswers.Shipped(order, display),
            _ => Error.Validation("Code", "这是订单号 {0}：入库请扫描商品标签", order.Number),
        };
    }

    /// The lowest slot number no unshipped order of this warehouse holds. Two clerks racing for it are kept apart by
    /// the unique (scope, slot) index: the loser's scan fails as a conflict and is simply scanned again.
    private async Task<int> FreeSlotAsync(Guid scope, CancellationToken ct)
    {
        var used = await db.Orders.Where(o => o.Scope == scope && o.Slot != null).Select(o => o.Slot!.Value).OrderBy(s => s).ToListAsync(ct);
        var slot = 1;
        foreach (var u in used)
        {
            if (u > slot) break;
            if (u == slot) slot++;
        }
        return slot;
    }
}
