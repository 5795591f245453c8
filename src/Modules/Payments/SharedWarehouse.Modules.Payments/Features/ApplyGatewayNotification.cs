using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Payments.Domain;
using SharedWarehouse.Modules.Payments.Gateways;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Payments.Features;

/// A notification whose signature has been verified. Exactly once: the state change and its event are
/// saved in one transaction guarded by the payment's Version, so of two concurrent copies one commits and
/// the other fails with a conflict (the gateway retries it and finds it already applied).
public sealed record ApplyGatewayNotification(string Gateway, GatewayNotification Notification) : ICommand<PaymentChange>;

internal sealed class ApplyGatewayNotificationHandler(PaymentsDbContext db, ILogger<ApplyGatewayNotificationHandler> logger)
    : IRequestHandler<ApplyGatewayNotification, Result<PaymentChange>>
{
    public async Task<Result<PaymentChange>> Handle(ApplyGatewayNotification command, CancellationToken ct)
    {
        var n = command.Notification;
        var payment = await db.Payments.FirstOrDefaultAsync(p => p.Gateway == command.Gateway && p.ChargeId == n.ChargeId, ct);
        if (payment is null || payment.Id != n.PaymentId) return Error.NotFound("找不到该支付");
        var now = db.Now();

        var change = n.Status switch
        {
            NotifiedStatus.Success => payment.Succeed(n.TransactionId ?? "", n.AmountFen, now),
            NotifiedStatus.Failed => payment.Fail(cancelled: false, n.Reason ?? "支付失败", now),
            NotifiedStatus.Cancelled => payment.Fail(cancelled: true, n.Reason ?? "买家取消支付", now),
            _ => Result.Success(PaymentChange.Ignored), // "still waiting for the buyer" tells us nothing new
        };
        if (change.IsFailure)
        {
            logger.LogWarning("Payment {PaymentId}: notification {NotifyId} ({Status}, {AmountFen} fen) rejected: {Error}",
                payment.Id, n.NotifyId, n.Status, n.AmountFen, change.Errors[0].Message);
            return change;
        }
        switch (change.Value)
        {
            case PaymentChange.Applied when payment.Status == PaymentStatus.Succeeded:
                db.Publish(new PaymentSucceeded(Guid.CreateVersion7(), payment.Id, payment.OrderId, payment.AmountFen, payment.PaidUtc!.Value));
                break;
            case PaymentChange.Applied:
                db.Publish(new PaymentFailed(Guid.CreateVersion7(), payment.Id, payment.OrderId, payment.FailureReason ?? ""));
                break;
            case PaymentChange.Ignored when n.Status == NotifiedStatus.Success:
                // Money captured on a payment already closed: it needs a person (refund or reconcile).
                logger.LogError("Payment {PaymentId} is {Status} but the gateway reports transaction {TransactionId} captured: reconcile by hand",
                    payment.Id, payment.Status, n.TransactionId);
                break;
            case PaymentChange.Ignored when n.Status != NotifiedStatus.Pending:
                logger.LogInformation("Payment {PaymentId} is {Status}: out-of-order {Notified} notification {NotifyId} from {EventUtc:o} ignored",
                    payment.Id, payment.Status, n.Status, n.NotifyId, n.EventUtc);
                break;
        }
        return change;
    }
}
