using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;

namespace SharedWarehouse.Modules.Inventory.Features.Reservations;

/// Partial or full shipment of a reservation, in the allocation order (FEFO, as reserved). Each part is one
/// conditional UPDATE of the balance (reserved and on-hand together) plus a Shipment movement; the reservation
/// is confirmed when nothing is left of it. A mismatch throws, so the outbox retries and the error is logged.
internal sealed class ShipReservedStockHandler(InventoryDbContext db, TimeProvider time) : IIntegrationEventHandler<StockShipRequested>
{
    public async Task Handle(StockShipRequested e, CancellationToken ct)
    {
        var reservation = await db.Reservations.Include(r => r.Allocations).FirstOrDefaultAsync(r => r.Reference == e.Reference, ct)
            ?? throw new InvalidOperationException($"Reservation {e.Reference} to ship does not exist.");
        if (reservation.Status != ReservationStatus.Active) throw new InvalidOperationException($"Reservation {e.Reference} is {reservation.Status}, not active.");
        var ids = reservation.Allocations.Select(a => a.BalanceId).ToList();
        var balances = await db.Balances.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var remaining = e.Quantity;
        var left = 0L;
        foreach (var a in reservation.Allocations)
        {
            var take = Math.Min(remaining, a.Quantity);
            left += a.Quantity - take;
            if (take == 0) continue;
            var (balanceId, allocationId) = (a.BalanceId, a.Id);
            var rows = await db.Balances.Where(b => b.Id == balanceId && b.Reserved >= take && b.OnHand >= take)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Reserved, b => b.Reserved - take).SetProperty(b => b.OnHand, b => b.OnHand - take), ct);
            if (rows == 0) throw new InvalidOperationException($"Balance {balanceId} cannot give {take} for {e.Reference}.");
            await db.Allocations.Where(x => x.Id == allocationId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Quantity, x => x.Quantity - take), ct);
            db.Movements.Add(StockMovement.Of(balances[balanceId], MovementType.Shipment, -take, reservation.Reference, reservation.Id, null, now));
            remaining -= take;
        }
        if (remaining > 0) throw new InvalidOperationException($"Reservation {e.Reference} holds less than the {e.Quantity} shipped.");
        if (left == 0) reservation.Close(ReservationStatus.Confirmed);
    }
}

internal sealed class ReservationLookup(InventoryDbContext db) : IReservationLookup
{
    public async Task<IReadOnlyList<ReservedPick>> PicksAsync(IReadOnlyCollection<string> references, CancellationToken ct)
    {
        var refs = references.ToList();
        return await (from r in db.Reservations.AsNoTracking()
                      where refs.Contains(r.Reference) && r.Status == ReservationStatus.Active
                      from a in r.Allocations
                      join b in db.Balances.AsNoTracking() on a.BalanceId equals b.Id
                      join w in db.Warehouses.AsNoTracking() on b.WarehouseId equals w.Id
                      join bin in db.Bins.AsNoTracking() on b.BinId equals bin.Id
                      where a.Quantity > 0
                      orderby w.Name, bin.Code
                      select new ReservedPick(r.Reference, w.Name, bin.Code, b.Lot, a.Quantity)).ToListAsync(ct);
    }
}
