using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.Modules.Payments.Contracts;

/// Another module asks for (part of) an order's captured payment back, e.g. when a paid order is cancelled.
/// Published in the same transaction as the cause, so the request is never lost; idempotent per RefundReference.
public sealed record RefundRequested(Guid EventId, Guid OrderId, long AmountFen, string RefundReference, string Reason) : IIntegrationEvent;
