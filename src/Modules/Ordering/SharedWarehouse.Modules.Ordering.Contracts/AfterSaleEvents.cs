using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.Modules.Ordering.Contracts;

// After-sales (a higher layer) publishes these; Ordering owns them because it must react (ADR 12: the lower module owns
// the event type). Each is delivered once per handler (inbox), so a repeated delivery changes nothing.

/// A request was opened on a sub-order: it is not confirmed received automatically while a request is open.
public sealed record AfterSaleOpened(Guid EventId, Guid OrderId, Guid SubOrderId, Guid RequestId) : IIntegrationEvent;

/// The request ended (refunded, refused for good, withdrawn): auto-confirmation may resume once none is open.
public sealed record AfterSaleClosed(Guid EventId, Guid OrderId, Guid SubOrderId, Guid RequestId) : IIntegrationEvent;

/// Money goes back to the buyer for an after-sales request: Ordering records it on the order (部分退款 / 已退款) and, for
/// an online payment, asks Payments for it under RefundReference (idempotent there too). Lines: what of the amount each
/// order line gets back and how many of its units came back (a consignment line's settlement is corrected by them).
public sealed record AfterSaleRefundApproved(Guid EventId, Guid OrderId, Guid SubOrderId, Guid RequestId, long AmountFen,
    string RefundReference, string Reason, IReadOnlyList<RefundedLine>? Lines = null) : IIntegrationEvent;

public sealed record RefundedLine(Guid OrderLineId, long AmountFen, int ReturnedQuantity);

/// One unit kind an exchange sends: the replacement SKU for the buyer's order line, in stock already reserved under
/// ReservationRef (held by Inventory until it ships).
public sealed record ExchangeLine(Guid OrderLineId, Guid SkuId, Guid ProductId, string SkuCode, string ProductName, string SpecText, int Quantity,
    string ReservationRef);

/// The goods of an exchange were accepted back: Ordering makes the replacement an order of the same buyer and shop, paid,
/// to ship through the order desk as usual (one order per request, however often this is delivered).
public sealed record AfterSaleExchangeApproved(Guid EventId, Guid OrderId, Guid SubOrderId, Guid RequestId, string RequestNumber,
    IReadOnlyList<ExchangeLine> Lines) : IIntegrationEvent;
