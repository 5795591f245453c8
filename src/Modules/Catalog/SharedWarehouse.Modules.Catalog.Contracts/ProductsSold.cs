using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.Modules.Catalog.Contracts;

/// Units of products reached their buyer (a storefront sub-order was received): Catalog adds them to each
/// product's sales, the storefront's "sales" sort. Owned by Catalog, the lower layer, and published by Ordering
/// with the receipt, in its transaction; SubOrderId names the sale so that a repeat counts once.
public sealed record ProductsSold(Guid EventId, Guid SubOrderId, IReadOnlyList<SoldUnits> Lines) : IIntegrationEvent;

public sealed record SoldUnits(Guid ProductId, int Quantity);
