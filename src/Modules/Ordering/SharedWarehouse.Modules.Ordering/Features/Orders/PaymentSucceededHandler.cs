using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Ordering.Features.Checkout;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Orders;

/// The money arrived (Payments publishes this once per payment). An order still awaiting payment becomes to-ship,
/// its reservations stop timing out and everyone hears of it; an order that was cancelled meanwhile (deadline,
/// buyer) gets its money back instead. Everything here commits with the inbox row, so a redelivery does nothing.
internal sealed class PaymentSucceededHandler(OrderingDbContext db, IMerchantDirectory merchants, ILogger<PaymentSucceededHandler> log)
    : IIntegrationEventHandler<PaymentSucceeded>
{
    public async Task Handle(PaymentSucceeded e, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.SubOrders).ThenInclude(s => s.Lines).FirstOrDefaultAsync(o => o.Id == e.OrderId, ct);
        // Payments also serves other modules (wallet recharges): a payment for no order of ours is not for us.
        if (order is null) { log.LogDebug("Payment {PaymentId} is not for an order ({OrderId})", e.PaymentId, e.OrderId); return; }
        var paid = order.MarkPaid(e.AmountFen, e.PaidUtc);
        if (paid.IsFailure)
        {
            log.LogWarning("Payment {PaymentId} for order {Number} refunded: {Reason}", e.PaymentId, order.Number, paid.Errors[0].Message);
            order.RefundRequested(e.AmountFen);
            db.Publish(new RefundRequested(Guid.CreateVersion7(), order.Id, e.AmountFen, $"late-{e.PaymentId:N}", "订单已取消，退回付款"));
            return;
        }
        db.Publish(new ReservationsHoldRequested(Guid.CreateVersion7(), order.SubOrders.SelectMany(s => s.Lines).Select(l => l.ReservationRef).ToList()));
        // In this transaction with MarkPaid: a paid order has its consignment purchases, and only once (ADR 9).
        await Consignment.ConsignmentPurchases.OpenAsync(db, merchants, order, e.PaidUtc, ct);
        db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), order.BuyerId, "支付成功", "订单 {0} 已支付 ¥{1}，商家将尽快发货",
            [order.Number, Money.Yuan(e.AmountFen)], $"/orders/{order.Id}"));
        var shops = await merchants.FindShopsAsync(order.SubOrders.Select(s => s.ShopId).ToList(), ct);
        foreach (var s in order.SubOrders.Where(s => shops.ContainsKey(s.ShopId)))
            db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), shops[s.ShopId].OwnerId, "新订单待发货",
                "订单 {0} 已付款，待发货，金额 ¥{1}", [s.Number, Money.Yuan(s.TotalFen)], null));
    }
}
