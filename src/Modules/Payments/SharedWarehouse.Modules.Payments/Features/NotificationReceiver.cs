using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Payments.Gateways;

namespace SharedWarehouse.Modules.Payments.Features;

public sealed record NotifyReceipt(int StatusCode, string Body);

/// What the notify endpoint does, callable without HTTP: verify, apply, answer. "success" (200) is the
/// acknowledgement that stops the gateway's retries, also for duplicates and ignored stale messages;
/// anything else makes it retry later.
public sealed class NotificationReceiver(IEnumerable<IPaymentGateway> gateways, ISender sender, ILogger<NotificationReceiver> logger)
{
    public async Task<NotifyReceipt> ReceiveAsync(string gatewayName, IReadOnlyDictionary<string, string> fields, CancellationToken ct)
    {
        var gateway = gateways.FirstOrDefault(g => g.Name == gatewayName);
        if (gateway is null) return new NotifyReceipt(404, "unknown gateway");
        if (!gateway.TryVerify(fields, out var notification))
        {
            // Never the secret, nor the signature: only which message it claimed to be.
            logger.LogWarning("Rejected a {Gateway} payment notification with a bad signature or payload (charge {ChargeId}, notify {NotifyId})",
                gatewayName, fields.GetValueOrDefault("charge_id"), fields.GetValueOrDefault("notify_id"));
            return new NotifyReceipt(400, "bad signature");
        }
        var applied = await sender.Send(new ApplyGatewayNotification(gatewayName, notification), ct);
        if (applied.IsSuccess) return new NotifyReceipt(200, "success");
        if (applied.IsNotFound) return new NotifyReceipt(404, "unknown payment");
        // A concurrent copy won the race: the retry will find the payment already changed.
        if (applied.Errors.Any(e => e.Code == "conflict")) return new NotifyReceipt(409, "retry");
        return new NotifyReceipt(400, "rejected");
    }
}
