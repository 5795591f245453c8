using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
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
/// (its id) or the platform's (Guid.Empty); labels of other warehouses are not found.
public sealed record ScanIn(Guid Scope, string? Code) : ICommand<ScanInResult>;

internal sealed class ScanInHandler(DropshipDbContext db) : IRequestHandler<ScanIn, Result<ScanInResult>>
{
    public async Task<Result<ScanInResult>> Handle(ScanIn c, CancellationToken ct)
    {
        var code = c.Code?.Trim().ToUpperInvariant() ?? "";
        if (code.Length == 0) return Error.Validation("Code", "请扫描标签条码");
        var lineId = await db.Lines.Where(l => l.LabelId == code).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
        var order = lineId is null ? null : await db.Orders.Include(o => o.Lines)
            .FirstOrDefaultAsync(o => o.Scope == c.Scope && o.Lines.Any(l => l.Id == lineId), ct);
        if (order is null) return Error.Validation("Code", "找不到该标签（{0}）对应的代发订单", code);
        var line = order.Line(lineId!.Value)!;
        if (order.Status == DropshipOrderStatus.Closed) return Error.Validation("Code", "订单 {0} 已关闭，请放入待处理区", order.Number);
        if (order.Status == DropshipOrderStatus.Shipped) return Error.Validation("Code", "订单 {0} 已发货", order.Number);
        var already = line.Status == LineStatus.Received;
        var received = line.Receive();
        if (received.IsFailure) return Error.Validation("Code", received.Errors[0].Message);
        if (order.Slot is null) order.AssignSlot(await FreeSlotAsync(c.Scope, ct));
        order.Refresh();
        var open = order.Lines.Where(l => l.Status != LineStatus.Closed).ToList();
        return new ScanInResult(order.Number, order.Slot!.Value, open.Count(l => l.InHand), open.Count, order.Status == DropshipOrderStatus.ReadyToShip,
            already, line.Title, line.Colour, line.Size, line.Quantity);
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
