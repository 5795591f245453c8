using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Payments.Domain;
using SharedWarehouse.Modules.Payments.Gateways;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Payments.Features;

public sealed record RefundPayment(Guid OrderId, long AmountFen, string RefundReference, string Reason) : ICommand;

/// A retry with the same reference and amount succeeds without a second refund; the total refunded can
/// never exceed the captured amount (checked on the aggregate, whose Version stops two refunds racing).
internal sealed class RefundPaymentHandler(PaymentsDbContext db, IPaymentGateway gateway) : IRequestHandler<RefundPayment, Result>
{
    public async Task<Result> Handle(RefundPayment command, CancellationToken ct)
    {
        var payment = await db.Payments.Include(p => p.Refunds)
            .Where(p => p.OrderId == command.OrderId && p.Status == PaymentStatus.Succeeded)
            .OrderByDescending(p => p.PaidUtc).FirstOrDefaultAsync(ct);
        if (payment is null) return Error.Conflict("该订单没有可退款的已支付款项");
        var check = payment.CheckRefund(command.AmountFen, command.RefundReference);
        if (check.IsFailure) return Result.Failure(check.Errors);
        if (check.Value == PaymentChange.AlreadyApplied) return Result.Success();

        var refunded = await gateway.RefundAsync(payment.ChargeId!, command.AmountFen, command.RefundReference, command.Reason, ct);
        if (refunded.IsFailure) return Result.Failure(refunded.Errors);
        var refund = payment.Refund(command.AmountFen, command.RefundReference, command.Reason, refunded.Value, db.Now());
        if (refund.IsFailure) return Result.Failure(refund.Errors);
        db.Publish(new PaymentRefunded(Guid.CreateVersion7(), payment.Id, payment.OrderId, command.AmountFen, command.RefundReference));
        return Result.Success();
    }
}
