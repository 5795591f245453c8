using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.Modules.Ordering.Contracts;

/// An order was placed and its stock reserved; one event per merchant sub-order (merchants and reports listen).
public sealed record SubOrderPlaced(Guid EventId, Guid OrderId, Guid SubOrderId, string Number, Guid ShopId, Guid BuyerId, long TotalFen, bool CashOnDelivery) : IIntegrationEvent;
