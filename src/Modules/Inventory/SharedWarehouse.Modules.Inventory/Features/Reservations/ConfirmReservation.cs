using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Reservations;

public sealed record ConfirmReservation(string Reference) : ICommand;

/// Shipment: the reserved quantity leaves on-hand and reserved together, with a ledger movement each.
internal sealed class ConfirmReservationHandler(InventoryDbContext db, TimeProvider time) : IRequestHandler<ConfirmReservation, Result>
{
    public async Task<Result> Handle(ConfirmReservation c, CancellationToken ct)
    {
        var reservation = await db.Reservations.Include(x => x.Allocations).FirstOrDefaultAsync(x => x.Reference == c.Reference, ct);
        if (reservation is null) return Error.NotFound();
        var closed = reservation.Close(ReservationStatus.Confirmed);
        if (closed.IsFailure) return closed;
        var now = time.GetUtcNow().UtcDateTime;
        var ids = reservation.Allocations.Select(a => a.BalanceId).ToList();
        var balances = await db.Balances.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        foreach (var a in reservation.Allocations)
        {
            var rows = await db.Balances.Where(b => b.Id == a.BalanceId && b.Reserved >= a.Quantity)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Reserved, b => b.Reserved - a.Quantity)
                    .SetProperty(b => b.OnHand, b => b.OnHand - a.Quantity), ct);
            if (rows == 0) return Error.Conflict("预占数据不一致");
            db.Movements.Add(StockMovement.Of(balances[a.BalanceId], MovementType.Shipment, -a.Quantity, reservation.Reference, reservation.Id, null, now));
        }
        return Result.Success();
    }
}
