using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Payments.Contracts;

namespace SharedWarehouse.Modules.Ordering.Features.Orders;

/// Payments returned money for an order: the order's refund is done (the desk's 退款中 list no longer shows it).
internal sealed class PaymentRefundedHandler(OrderingDbContext db, ILogger<PaymentRefundedHandler> log) : IIntegrationEventHandler<PaymentRefunded>
{
    public async Task Handle(PaymentRefunded e, CancellationToken ct)
    {
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == e.OrderId, ct);
        if (order is null) { log.LogDebug("Refund {Reference} is not for an order ({OrderId})", e.RefundReference, e.OrderId); return; }
        order.Refunded();
    }
}
