using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Inventory.Contracts;

namespace SharedWarehouse.Modules.Dropship.Features.Warehouse;

/// Where one item of an order waiting to ship lies: a shelf bin (warehouse stock), the order's slot (bought at a
/// stall, scanned in) or returned stock (its return label).
public sealed record ReadyLine(string Title, string Colour, string Size, int Quantity, string Where);

public sealed record ReadyOrder(Guid OrderId, string Number, string ExternalOrderId, string ReceiverName, int? Slot, IReadOnlyList<ReadyLine> Lines);

/// The ship tab's list: this warehouse's orders whose every item is in hand, oldest first — including orders served
/// wholly from the shelf, which never get a label or a slot and are shipped by scanning their number.
public sealed record ListReadyToShip(Guid Scope) : IQuery<IReadOnlyList<ReadyOrder>>
{
    public const int Limit = 50;
}

internal sealed class ListReadyToShipHandler(DropshipDbContext db, IReservationLookup picks) : IRequestHandler<ListReadyToShip, IReadOnlyList<ReadyOrder>>
{
    public async Task<IReadOnlyList<ReadyOrder>> Handle(ListReadyToShip q, CancellationToken ct)
    {
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).AsSplitQuery()
            .Where(o => o.Scope == q.Scope && o.Status == DropshipOrderStatus.ReadyToShip)
            .OrderBy(o => o.CreatedUtc).Take(ListReadyToShip.Limit).ToListAsync(ct);
        var references = orders.SelectMany(o => o.Lines).Where(l => l.Status == LineStatus.Reserved && l.ReservationReference is not null)
            .Select(l => l.ReservationReference!).ToList();
        var bins = references.Count == 0 ? [] : (await picks.PicksAsync(references, ct))
            .GroupBy(p => p.Reference).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(p => $"{p.WarehouseName} {p.BinCode}")));
        return orders.Select(o => new ReadyOrder(o.Id, o.Number, o.ExternalOrderId, o.ReceiverName, o.Slot, o.Lines
            .Where(l => l.Status != LineStatus.Closed).OrderBy(l => l.LineNumber)
            .Select(l => new ReadyLine(l.Title, l.Colour, l.Size, l.Quantity, Where(o, l, bins))).ToList())).ToList();
    }

    private static string Where(DropshipOrder o, DropshipLine l, IReadOnlyDictionary<string, string> bins) =>
        l.Status == LineStatus.Reserved ? bins.GetValueOrDefault(l.ReservationReference ?? "", "")
        : l.ReturnCaseId is not null ? l.LabelId ?? ""
        : o.Slot is { } slot ? $"#{slot}" : "";
}
