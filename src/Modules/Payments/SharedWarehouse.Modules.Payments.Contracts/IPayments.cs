using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Payments.Contracts;

/// How a buyer pays an order. Cash on delivery needs no gateway: Ordering handles it on its own.
public enum PaymentMethod { Online = 1, CashOnDelivery = 2 }

/// ReturnUrl must be a local URL of this site ("/orders/…"): the pay page sends the buyer back there.
public sealed record StartPayment(Guid OrderId, string OrderNumber, Guid BuyerId, long AmountFen, string Subject, string ReturnUrl);

/// Online payment of an order through the configured gateway. The outcome arrives later as
/// PaymentSucceeded / PaymentFailed (published exactly once per payment), never as the answer to a call.
public interface IPayments
{
    /// Online: creates (or returns the still-open) payment for the order and the URL of the gateway's pay page to redirect the buyer to.
    Task<Result<string>> StartOnlineAsync(StartPayment request, CancellationToken ct);

    /// Refunds a captured payment of the order (whole or part); idempotent per refundReference.
    Task<Result> RefundAsync(Guid orderId, long amountFen, string refundReference, string reason, CancellationToken ct);
}
