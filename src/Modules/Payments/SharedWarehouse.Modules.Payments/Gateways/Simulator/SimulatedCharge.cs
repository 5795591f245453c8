using System.Globalization;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Payments.Gateways.Simulator;

public enum SimulatedOutcome { Success = 1, Failure = 2, Cancel = 3 }

public enum SimulatedChargeStatus { Open = 1, Paid = 2, Declined = 3, Cancelled = 4 }

/// The simulated gateway's own record of a charge (what the provider would keep on its side). The buyer
/// decides its outcome once on the pay page; the Version token stops a double click from deciding twice.
public sealed class SimulatedCharge : AggregateRoot
{
    private SimulatedCharge() { }

    public Guid PaymentId { get; private init; }
    public long AmountFen { get; private init; }
    public string Subject { get; private init; } = "";
    public string NotifyUrl { get; private init; } = "";
    public string ReturnUrl { get; private init; } = "";
    public SimulatedChargeStatus Status { get; private set; }
    public string? TransactionId { get; private set; }
    public long RefundedFen { get; private set; }
    public DateTime CreatedUtc { get; private init; }
    public DateTime? CompletedUtc { get; private set; }

    public static SimulatedCharge Open(Guid paymentId, long amountFen, string subject, string notifyUrl, string returnUrl, DateTime nowUtc) => new()
    {
        PaymentId = paymentId, AmountFen = amountFen, Subject = subject, NotifyUrl = notifyUrl, ReturnUrl = returnUrl,
        Status = SimulatedChargeStatus.Open, CreatedUtc = nowUtc,
    };

    /// False when the outcome was already decided (a second click): nothing changes then.
    public bool Complete(SimulatedOutcome outcome, DateTime nowUtc)
    {
        if (Status != SimulatedChargeStatus.Open) return false;
        Status = outcome switch
        {
            SimulatedOutcome.Success => SimulatedChargeStatus.Paid,
            SimulatedOutcome.Failure => SimulatedChargeStatus.Declined,
            _ => SimulatedChargeStatus.Cancelled,
        };
        if (Status == SimulatedChargeStatus.Paid)
            TransactionId = "SIM" + nowUtc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + Id.ToString("N")[^12..];
        CompletedUtc = nowUtc;
        return true;
    }

    public Result Refund(long amountFen)
    {
        if (Status != SimulatedChargeStatus.Paid) return Error.Conflict("该交易未支付成功，不能退款");
        if (amountFen <= 0 || RefundedFen + amountFen > AmountFen) return Error.Validation("amountFen", "退款金额超过可退金额 {0} 分", AmountFen - RefundedFen);
        RefundedFen += amountFen;
        return Result.Success();
    }
}

/// One notification the simulated gateway owes the merchant: a persistent queue row, retried with backoff
/// until the notify endpoint acknowledges it ("success"), or given up after MaxAttempts.
public sealed class SimulatorNotification : Entity
{
    private SimulatorNotification() { }

    public Guid ChargeId { get; private init; }
    public Guid PaymentId { get; private init; }
    /// The same for a duplicate of one message; a stale message has its own.
    public string NotifyId { get; private init; } = "";
    public NotifiedStatus Status { get; private init; }
    public long AmountFen { get; private init; }
    public string? TransactionId { get; private init; }
    public string? Reason { get; private init; }
    /// When the status happened at the gateway (a stale one is older than the outcome).
    public DateTime EventUtc { get; private init; }
    public string NotifyUrl { get; private init; } = "";
    /// Delivery order among rows due at the same time.
    public int Sequence { get; private init; }
    public DateTime DueUtc { get; private set; }
    public int Attempts { get; private set; }
    public DateTime? LastAttemptUtc { get; private set; }
    public int? LastStatusCode { get; private set; }
    public string? LastError { get; private set; }
    public DateTime? AcknowledgedUtc { get; private set; }
    public bool GaveUp { get; private set; }

    public static SimulatorNotification For(SimulatedCharge charge, string notifyId, NotifiedStatus status, string? reason, DateTime eventUtc,
        DateTime dueUtc, int sequence) => new()
    {
        ChargeId = charge.Id, PaymentId = charge.PaymentId, NotifyId = notifyId, Status = status, AmountFen = charge.AmountFen,
        TransactionId = status == NotifiedStatus.Success ? charge.TransactionId : null, Reason = reason, EventUtc = eventUtc,
        NotifyUrl = charge.NotifyUrl, DueUtc = dueUtc, Sequence = sequence,
    };

    /// The form fields of the message, before signing.
    public Dictionary<string, string> Fields(DateTime sentUtc)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["notify_id"] = NotifyId,
            ["charge_id"] = ChargeId.ToString(),
            ["out_trade_no"] = PaymentId.ToString(),
            ["status"] = Status.ToString().ToLowerInvariant(),
            ["amount_fen"] = AmountFen.ToString(CultureInfo.InvariantCulture),
            ["event_time"] = EventUtc.ToString("O", CultureInfo.InvariantCulture),
            ["sent_time"] = sentUtc.ToString("O", CultureInfo.InvariantCulture),
        };
        if (TransactionId is not null) fields["transaction_id"] = TransactionId;
        if (Reason is not null) fields["reason"] = Reason;
        return fields;
    }

    public void Acknowledged(int statusCode, DateTime nowUtc)
    {
        Attempts++;
        LastAttemptUtc = AcknowledgedUtc = nowUtc;
        LastStatusCode = statusCode;
        LastError = null;
    }

    /// Backoff 5 s, 10 s, 20 s … capped at 10 minutes, like real gateways' retry schedules.
    public void Failed(int? statusCode, string error, DateTime nowUtc, int maxAttempts)
    {
        Attempts++;
        LastAttemptUtc = nowUtc;
        LastStatusCode = statusCode;
        LastError = error.Length > 500 ? error[..500] : error;
        GaveUp = Attempts >= maxAttempts;
        DueUtc = nowUtc + TimeSpan.FromSeconds(Math.Min(600, 5 * Math.Pow(2, Attempts - 1)));
    }
}
