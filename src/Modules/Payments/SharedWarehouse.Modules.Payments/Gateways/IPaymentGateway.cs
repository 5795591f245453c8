using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Payments.Gateways;

/// The seam for payment providers. The built-in simulator implements it; a real adapter (Alipay, WeChat
/// Pay, UnionPay) plugs in by configuration (Payments:Gateway). Calls run inside the caller's unit of
/// work, so a gateway that keeps local state (the simulator) saves it with the payment.
public interface IPaymentGateway
{
    /// Lower-case name, also the last segment of the notify endpoint: /payments/notify/{name}.
    string Name { get; }

    /// Opens a charge at the gateway and returns its id and the pay page the buyer is redirected to.
    Task<GatewayCharge> CreateChargeAsync(Guid paymentId, long amountFen, string subject, string notifyUrl, string returnUrl, CancellationToken ct);

    /// Refunds part of a captured charge; the gateway makes it idempotent per refundReference.
    Task<Result<string>> RefundAsync(string chargeId, long amountFen, string refundReference, string reason, CancellationToken ct);

    /// Checks the signature over the canonical payload and reads the notification; false = reject, no effect.
    bool TryVerify(IReadOnlyDictionary<string, string> fields, out GatewayNotification notification);
}

public sealed record GatewayCharge(string ChargeId, string PayUrl);

public enum NotifiedStatus { Pending, Success, Failed, Cancelled }

/// A verified asynchronous notification: what the gateway says happened to a charge.
public sealed record GatewayNotification(string NotifyId, string ChargeId, Guid PaymentId, NotifiedStatus Status, long AmountFen,
    string? TransactionId, string? Reason, DateTime EventUtc);
