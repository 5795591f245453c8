using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Payments.Features;

/// Runs the refund inside the event's own Payments transaction (the handler is called directly, not through
/// the dispatcher, so the refund and the inbox row commit together).
internal sealed class RefundRequestedHandler(IRequestHandler<RefundPayment, Result> refund, ILogger<RefundRequestedHandler> log)
    : IIntegrationEventHandler<RefundRequested>
{
    public async Task Handle(RefundRequested e, CancellationToken ct)
    {
        var result = await refund.Handle(new RefundPayment(e.OrderId, e.AmountFen, e.RefundReference, e.Reason), ct);
        // Nothing captured (e.g. cash on delivery) needs no refund; anything else is for finance to look at.
        if (result.IsFailure)
            log.LogError("Refund {RefundReference} of order {OrderId} for {AmountFen} fen was not made: {Error}",
                e.RefundReference, e.OrderId, e.AmountFen, result.Errors[0].Message);
    }
}
