using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Payments.Contracts;

namespace SharedWarehouse.Modules.Ordering.Features.Orders;

/// A payment attempt failed (declined, cancelled at the gateway): the order keeps waiting for payment until its
/// deadline, and the buyer is told so in the inbox, with the gateway's reason and a link back to pay again. Payments
/// publishes PaymentFailed once per payment, so a repeated gateway notification does not repeat the message.
internal sealed class PaymentFailedHandler(OrderingDbContext db) : IIntegrationEventHandler<PaymentFailed>
{
    public async Task Handle(PaymentFailed e, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == e.OrderId, ct);
        if (order is not { Status: OrderStatus.AwaitingPayment }) return; // paid meanwhile, cancelled, or not an order
        db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), order.BuyerId, "支付未成功",
            "订单 {0} 支付未成功（{1}），请在付款期限内重新支付", [order.Number, e.Reason], $"/orders/{order.Id}"));
    }
}
