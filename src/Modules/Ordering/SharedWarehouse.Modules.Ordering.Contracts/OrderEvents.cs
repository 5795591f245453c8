using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.Modules.Ordering.Contracts;

/// An order was placed and its stock reserved; one event per merchant sub-order (merchants and reports listen).
public sealed record SubOrderPlaced(Guid EventId, Guid OrderId, Guid SubOrderId, string Number, Guid ShopId, Guid BuyerId, long TotalFen, bool CashOnDelivery) : IIntegrationEvent;

/// A merchant sub-order reached the buyer (confirmed by the buyer or automatically); one line per order line with
/// the quantity shipped. Catalog counts these as sales.
public sealed record SubOrderReceived(Guid EventId, Guid SubOrderId, Guid ShopId, IReadOnlyList<ReceivedLine> Lines) : IIntegrationEvent;

public sealed record ReceivedLine(Guid ProductId, Guid SkuId, int Quantity);
