using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.Modules.Ordering.Contracts;

// After-sales (a higher layer) publishes these; Ordering owns them because it must react (ADR 12: the lower module owns
// the event type). Each is delivered once per handler (inbox), so a repeated delivery changes nothing.

/// A request was opened on a sub-order: it is not confirmed received automatically while a request is open.
public sealed record AfterSaleOpened(Guid EventId, Guid OrderId, Guid SubOrderId, Guid RequestId) : IIntegrationEvent;

/// The request ended (refunded, refused for good, withdrawn): auto-confirmation may resume once none is open.
public sealed record AfterSaleClosed(Guid EventId, Guid OrderId, Guid SubOrderId, Guid RequestId) : IIntegrationEvent;

/// Money goes back to the buyer for an after-sales request: Ordering records it on the order (部分退款 / 已退款) and, for
/// an online payment, asks Payments for it under RefundReference (idempotent there too).
public sealed record AfterSaleRefundApproved(Guid EventId, Guid OrderId, Guid SubOrderId, Guid RequestId, long AmountFen,
    string RefundReference, string Reason) : IIntegrationEvent;
