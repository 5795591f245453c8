namespace SharedWarehouse.Modules.Inventory.Contracts;

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

/// The owner no longer needs these reservations (an exchange that ended without sending its replacement): Inventory
/// gives their stock back. Published with the cause, in its transaction, so the stock is freed only if the cause holds;
/// one already closed (shipped, expired, released) is left as it is.
public sealed record ReservationsReleaseRequested(Guid EventId, IReadOnlyList<string> References) : SharedWarehouse.BuildingBlocks.Events.IIntegrationEvent;

/// Goods of a reservation left the warehouse (all or part of it): Inventory takes the quantity off on-hand and
/// reserved together, with ledger movements. Published with the shipment, in its transaction.
public sealed record StockShipRequested(Guid EventId, string Reference, long Quantity) : SharedWarehouse.BuildingBlocks.Events.IIntegrationEvent;

/// Goods shipped under a reservation came back (an accepted return): Inventory puts the quantity back on hand in the
/// balances it was shipped from (latest shipment first) with CustomerReturn movements named by ReturnReference.
/// Published with the acceptance, in its transaction.
public sealed record StockReturnRequested(Guid EventId, string Reference, long Quantity, string ReturnReference) : SharedWarehouse.BuildingBlocks.Events.IIntegrationEvent;

/// Where a reservation's stock lies (for pick lists).
public sealed record ReservedPick(string Reference, string WarehouseName, string BinCode, string Lot, long Quantity);

public interface IReservationLookup
{
    Task<IReadOnlyList<ReservedPick>> PicksAsync(IReadOnlyCollection<string> references, CancellationToken ct);
}

/// Goods a merchant takes out of its own on-hand stock for its own use, now (parts for a repair): the quantity is taken
/// off the shop's own balances first-expired-first-out with ledger movements of kind Repair named by Reference (at most
/// 64 characters). Idempotent per Reference: the same issue asked again answers success and takes nothing more.
public sealed record IssueStock(Guid OwnerShopId, Guid SkuId, long Quantity, string Reference, Guid? UserId);

/// Synchronous, in Inventory's own unit of work (ADR 5): the caller needs the answer now (not enough stock is an error
/// on the form's quantity field) and records the issue on its side as the next step.
public interface IStockIssues
{
    Task<SharedWarehouse.SharedKernel.Result> IssueAsync(IssueStock request, CancellationToken ct);
}
