using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.Modules.Payments.Contracts;

/// The gateway confirmed the money was captured; published once per payment however often it notifies.
public sealed record PaymentSucceeded(Guid EventId, Guid PaymentId, Guid OrderId, long AmountFen, DateTime PaidUtc) : IIntegrationEvent;

/// The payment was declined or cancelled by the buyer; the order may start a new payment.
public sealed record PaymentFailed(Guid EventId, Guid PaymentId, Guid OrderId, string Reason) : IIntegrationEvent;

/// Part or all of a captured payment was refunded; published once per refund reference.
public sealed record PaymentRefunded(Guid EventId, Guid PaymentId, Guid OrderId, long AmountFen, string RefundReference) : IIntegrationEvent;
