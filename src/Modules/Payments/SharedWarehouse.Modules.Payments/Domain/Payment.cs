using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Payments.Domain;

public enum PaymentStatus { Pending = 1, Succeeded = 2, Failed = 3, Cancelled = 4 }

/// What a gateway notification did to a payment: only Applied publishes an event, so a duplicate or a
/// stale notification (AlreadyApplied / Ignored) is acknowledged without a second effect.
public enum PaymentChange { Applied, AlreadyApplied, Ignored }

/// One attempt to pay an order online. Pending until the gateway notifies; Succeeded, Failed and
/// Cancelled are closed (a new attempt is a new payment). Refunds only ever take from a captured amount.
public sealed class Payment : AggregateRoot
{
    private readonly List<PaymentRefund> _refunds = [];

    private Payment() { }

    public Guid OrderId { get; private init; }
    public string OrderNumber { get; private init; } = "";
    public Guid BuyerId { get; private init; }
    public long AmountFen { get; private init; }
    public string Subject { get; private init; } = "";
    public string ReturnUrl { get; private init; } = "";
    public string Gateway { get; private init; } = "";
    public string? ChargeId { get; private set; }
    public string? PayUrl { get; private set; }
    public PaymentStatus Status { get; private set; }
    public string? GatewayTransactionId { get; private set; }
    public string? FailureReason { get; private set; }
    public long RefundedFen { get; private set; }
    public DateTime CreatedUtc { get; private init; }
    public DateTime? PaidUtc { get; private set; }
    public DateTime? ClosedUtc { get; private set; }
    public IReadOnlyList<PaymentRefund> Refunds => _refunds;

    public bool IsClosed => Status != PaymentStatus.Pending;
    public long RefundableFen => Status == PaymentStatus.Succeeded ? AmountFen - RefundedFen : 0;

    public static Result<Payment> Start(Guid orderId, string orderNumber, Guid buyerId, long amountFen, string subject, string returnUrl,
        string gateway, DateTime nowUtc)
    {
        if (amountFen <= 0) return Error.Validation(nameof(AmountFen), "支付金额必须大于0");
        return new Payment
        {
            OrderId = orderId, OrderNumber = orderNumber, BuyerId = buyerId, AmountFen = amountFen, Subject = subject,
            ReturnUrl = returnUrl, Gateway = gateway, Status = PaymentStatus.Pending, CreatedUtc = nowUtc,
        };
    }

    public void AttachCharge(string chargeId, string payUrl)
    {
        ChargeId = chargeId;
        PayUrl = payUrl;
    }

    /// The gateway says the money was captured. A duplicate of the same transaction changes nothing; a
    /// closed payment is not reopened (the caller logs it for a manual check); a wrong amount is refused.
    public Result<PaymentChange> Succeed(string transactionId, long amountFen, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(transactionId)) return Error.Validation("transaction_id", "缺少交易号");
        if (Status == PaymentStatus.Succeeded)
            return GatewayTransactionId == transactionId ? PaymentChange.AlreadyApplied : PaymentChange.Ignored;
        if (amountFen != AmountFen) return Error.Validation("amount", "支付金额与订单金额不符");
        if (IsClosed) return PaymentChange.Ignored;
        Status = PaymentStatus.Succeeded;
        GatewayTransactionId = transactionId;
        PaidUtc = ClosedUtc = nowUtc;
        return PaymentChange.Applied;
    }

    /// Declined or cancelled. Arriving after a success (notifications are not ordered) it is ignored.
    public Result<PaymentChange> Fail(bool cancelled, string reason, DateTime nowUtc)
    {
        if (Status == PaymentStatus.Succeeded) return PaymentChange.Ignored;
        if (IsClosed) return PaymentChange.AlreadyApplied;
        Status = cancelled ? PaymentStatus.Cancelled : PaymentStatus.Failed;
        FailureReason = reason.Length > 200 ? reason[..200] : reason;
        ClosedUtc = nowUtc;
        return PaymentChange.Applied;
    }

    /// Checks a refund before the gateway is asked: AlreadyApplied when this reference was refunded with
    /// the same amount (a retry), an error when it is not allowed.
    public Result<PaymentChange> CheckRefund(long amountFen, string reference)
    {
        if (string.IsNullOrWhiteSpace(reference)) return Error.Validation("refundReference", "缺少退款单号");
        if (_refunds.FirstOrDefault(r => r.Reference == reference) is { } earlier)
            return earlier.AmountFen == amountFen ? PaymentChange.AlreadyApplied
                : Error.Conflict("该退款单号已用于另一金额的退款", "refundReference");
        if (Status != PaymentStatus.Succeeded) return Error.Conflict("只有已支付的款项可以退款");
        if (amountFen <= 0) return Error.Validation("amountFen", "退款金额必须大于0");
        if (amountFen > RefundableFen)
            return Error.Validation("amountFen", "退款金额超过可退金额 {0} 分", RefundableFen);
        return PaymentChange.Applied;
    }

    public Result<PaymentRefund> Refund(long amountFen, string reference, string reason, string gatewayRefundId, DateTime nowUtc)
    {
        var check = CheckRefund(amountFen, reference);
        if (check.IsFailure) return Result<PaymentRefund>.Failure(check.Errors);
        if (check.Value != PaymentChange.Applied) return Error.Conflict("该退款单号已处理");
        var refund = PaymentRefund.Create(Id, reference, amountFen, reason, gatewayRefundId, nowUtc);
        _refunds.Add(refund);
        RefundedFen += amountFen;
        return refund;
    }
}

public sealed class PaymentRefund : Entity
{
    private PaymentRefund() { }

    public Guid PaymentId { get; private init; }
    public string Reference { get; private init; } = "";
    public long AmountFen { get; private init; }
    public string Reason { get; private init; } = "";
    public string GatewayRefundId { get; private init; } = "";
    public DateTime CreatedUtc { get; private init; }

    internal static PaymentRefund Create(Guid paymentId, string reference, long amountFen, string reason, string gatewayRefundId, DateTime nowUtc) => new()
    {
        PaymentId = paymentId, Reference = reference, AmountFen = amountFen, Reason = reason.Length > 200 ? reason[..200] : reason,
        GatewayRefundId = gatewayRefundId, CreatedUtc = nowUtc,
    };
}
