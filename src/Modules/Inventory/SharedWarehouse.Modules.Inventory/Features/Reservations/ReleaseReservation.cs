using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Reservations;

public sealed record ReleaseReservation(string Reference, bool Expired = false) : ICommand;

internal sealed class ReleaseReservationHandler(InventoryDbContext db) : IRequestHandler<ReleaseReservation, Result>
{
    public Task<Result> Handle(ReleaseReservation c, CancellationToken ct) => ReleaseAsync(db, c.Reference, c.Expired, ct);

    /// Closes the reservation and gives its allocations back to the balances (one conditional UPDATE each).
    internal static async Task<Result> ReleaseAsync(InventoryDbContext db, string reference, bool expired, CancellationToken ct)
    {
        var reservation = await db.Reservations.Include(x => x.Allocations).FirstOrDefaultAsync(x => x.Reference == reference, ct);
        if (reservation is null) return Error.NotFound();
        var closed = reservation.Close(expired ? ReservationStatus.Expired : ReservationStatus.Released);
        if (closed.IsFailure) return closed;
        foreach (var a in reservation.Allocations)
        {
            var rows = await db.Balances.Where(b => b.Id == a.BalanceId && b.Reserved >= a.Quantity)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Reserved, b => b.Reserved - a.Quantity), ct);
            if (rows == 0) return Error.Conflict("预占数据不一致");
        }
        return Result.Success();
    }
}
