using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Data;

namespace SharedWarehouse.Modules.Inventory.Features.Reservations;

/// Gives the named reservations' stock back. One that is missing or already closed changes nothing (a repeated
/// delivery, or stock that already shipped or expired) and is logged for the record.
internal sealed class ReleaseReservationsHandler(InventoryDbContext db, ILogger<ReleaseReservationsHandler> log) : IIntegrationEventHandler<ReservationsReleaseRequested>
{
    public async Task Handle(ReservationsReleaseRequested e, CancellationToken ct)
    {
        foreach (var reference in e.References.Distinct())
        {
            var released = await ReleaseReservationHandler.ReleaseAsync(db, reference, expired: false, ct);
            if (released.IsFailure) log.LogInformation("Reservation {Reference} was not released: {Error}", reference, released.Errors[0].Message);
        }
    }
}
