using System.Globalization;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Payments.Gateways.Simulator;

/// The built-in gateway: its charges live in the payments schema and are saved with the payment; the
/// buyer decides the outcome on /paysim/{chargeId}; the outcome reaches us only as a signed notification.
internal sealed class SimulatorGateway(PaymentsDbContext db, SimulatorSecret secret) : IPaymentGateway
{
    public const string GatewayName = "simulator";

    public string Name => GatewayName;

    public Task<GatewayCharge> CreateChargeAsync(Guid paymentId, long amountFen, string subject, string notifyUrl, string returnUrl, CancellationToken ct)
    {
        var charge = SimulatedCharge.Open(paymentId, amountFen, subject, notifyUrl, returnUrl, db.Now());
        db.SimulatedCharges.Add(charge);
        return Task.FromResult(new GatewayCharge(charge.Id.ToString(), $"/paysim/{charge.Id}"));
    }

    public async Task<Result<string>> RefundAsync(string chargeId, long amountFen, string refundReference, string reason, CancellationToken ct)
    {
        if (!Guid.TryParse(chargeId, out var id) || await db.SimulatedCharges.FindAsync([id], ct) is not { } charge)
            return Error.NotFound("支付网关找不到该交易");
        var refunded = charge.Refund(amountFen);
        return refunded.IsFailure ? Result<string>.Failure(refunded.Errors) : "SIMR" + Guid.CreateVersion7().ToString("N")[^16..];
    }

    public bool TryVerify(IReadOnlyDictionary<string, string> fields, out GatewayNotification notification)
    {
        notification = null!;
        if (!SimulatorSignature.IsValid(fields, secret.Key)) return false;
        string? Get(string name) => fields.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        if (Get("notify_id") is not { } notifyId || Get("charge_id") is not { } chargeId
            || !Guid.TryParse(Get("out_trade_no"), out var paymentId)
            || !Enum.TryParse<NotifiedStatus>(Get("status"), ignoreCase: true, out var status)
            || !long.TryParse(Get("amount_fen"), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            || !DateTime.TryParse(Get("event_time"), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var eventUtc))
            return false;
        notification = new GatewayNotification(notifyId, chargeId, paymentId, status, amount, Get("transaction_id"), Get("reason"), eventUtc);
        return true;
    }
}
