using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Wallet.Domain;

public enum RechargeStatus { Pending = 1, Credited = 2 }

/// A merchant's top-up paid through the payment gateway; its Id is the "order" the Payments module charges.
/// Credited once, when PaymentSucceeded arrives for it.
public sealed class Recharge : AggregateRoot
{
    public const long MinFen = 100;               // ¥1
    public const long MaxFen = 100_000_000;       // ¥1,000,000

    private Recharge() { }

    public Guid ShopId { get; private init; }
    public Guid UserId { get; private init; }
    public string Number { get; private init; } = "";
    public long AmountFen { get; private init; }
    public RechargeStatus Status { get; private set; }
    public Guid? PaymentId { get; private set; }
    public DateTime CreatedUtc { get; private init; }
    public DateTime? CreditedUtc { get; private set; }

    public static Result<Recharge> Start(Guid shopId, Guid userId, long amountFen, DateTime nowUtc)
    {
        if (amountFen < MinFen) return Error.Validation("Amount", "充值金额至少 ¥1.00");
        if (amountFen > MaxFen) return Error.Validation("Amount", "单次充值不能超过 ¥1,000,000.00");
        var id = Guid.CreateVersion7();
        return new Recharge
        {
            Id = id, ShopId = shopId, UserId = userId, AmountFen = amountFen, Status = RechargeStatus.Pending, CreatedUtc = nowUtc,
            Number = "WR" + nowUtc.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + id.ToString("N")[^8..].ToUpperInvariant(),
        };
    }

    /// False when this payment was already credited (a redelivered event): nothing more to do.
    public Result<bool> Credit(Guid paymentId, long paidFen, DateTime nowUtc)
    {
        if (Status == RechargeStatus.Credited) return PaymentId == paymentId ? false : Error.Conflict("该充值已由另一笔支付入账");
        if (paidFen != AmountFen) return Error.Validation("Amount", "支付金额与充值金额不符");
        Status = RechargeStatus.Credited;
        PaymentId = paymentId;
        CreditedUtc = nowUtc;
        return true;
    }
}
