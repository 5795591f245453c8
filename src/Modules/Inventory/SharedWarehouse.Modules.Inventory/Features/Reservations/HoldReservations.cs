using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;

namespace SharedWarehouse.Modules.Inventory.Features.Reservations;

/// Stops the named reservations from timing out. One that is no longer active (it expired before the request
/// arrived) is logged as a warning: its order has lost its stock and the merchant's order desk shows it short.
internal sealed class HoldReservationsHandler(InventoryDbContext db, ILogger<HoldReservationsHandler> log) : IIntegrationEventHandler<ReservationsHoldRequested>
{
    public async Task Handle(ReservationsHoldRequested e, CancellationToken ct)
    {
        var references = e.References.ToList();
        var reservations = await db.Reservations.Where(r => references.Contains(r.Reference)).ToListAsync(ct);
        foreach (var reference in references)
        {
            var reservation = reservations.FirstOrDefault(r => r.Reference == reference);
            if (reservation is null || reservation.Hold().IsFailure)
                log.LogWarning("Reservation {Reference} could not be held: {State}", reference, reservation?.Status.ToString() ?? "missing");
        }
    }
}
