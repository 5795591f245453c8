using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Reservations;

internal sealed class StockReservations(ISender sender) : IStockReservations
{
    public Task<Result<Guid>> ReserveAsync(ReserveStock request, CancellationToken ct) => sender.Send(new Reserve(request), ct);
    public Task<Result> ReleaseAsync(string reference, CancellationToken ct) => sender.Send(new ReleaseReservation(reference), ct);
    public Task<Result> ConfirmAsync(string reference, CancellationToken ct) => sender.Send(new ConfirmReservation(reference), ct);
}
