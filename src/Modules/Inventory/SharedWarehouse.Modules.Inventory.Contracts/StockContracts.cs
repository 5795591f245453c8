namespace SharedWarehouse.Modules.Inventory.Contracts;

public interface IStockAvailability
{
    /// available = on-hand − reserved of each SKU's owner's own stock (what the owner can sell)
    Task<IReadOnlyDictionary<Guid, long>> AvailableAsync(IReadOnlyCollection<Guid> skuIds, CancellationToken ct);
    /// what a viewing merchant may see of other owners' stock: only within sharing grants
    Task<IReadOnlyList<SharedStock>> SharedWithAsync(Guid viewerShopId, IReadOnlyCollection<Guid> skuIds, CancellationToken ct);
}

public sealed record SharedStock(Guid SkuId, Guid OwnerShopId, Guid WarehouseId, long Available);

public sealed record ReserveStock(Guid SkuId, long Quantity, TimeSpan TimeToLive, string Reference, Guid RequesterShopId);

public interface IStockReservations
{
    Task<SharedWarehouse.SharedKernel.Result<Guid>> ReserveAsync(ReserveStock request, CancellationToken ct);
    Task<SharedWarehouse.SharedKernel.Result> ReleaseAsync(string reference, CancellationToken ct);
    Task<SharedWarehouse.SharedKernel.Result> ConfirmAsync(string reference, CancellationToken ct);
}

/// The owner of reservations (an order that was paid, or is cash on delivery) asks Inventory to keep them
/// until confirmed or released instead of letting them time out. Published with the cause, in its transaction.
public sealed record ReservationsHoldRequested(Guid EventId, IReadOnlyList<string> References) : SharedWarehouse.BuildingBlocks.Events.IIntegrationEvent;
