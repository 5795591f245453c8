using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using SharedWarehouse.Modules.Payments.Data;

namespace SharedWarehouse.Modules.Payments.Gateways.Simulator;

public sealed record NotifyResponse(int StatusCode, string Body)
{
    /// Like real gateways: only the literal answer "success" stops the retries.
    public bool IsAcknowledged => StatusCode == 200 && Body.Trim() == "success";
}

/// How the simulated gateway reaches the notify endpoint: HTTP in the running app, in-process in tests.
public interface ISimulatorNotifyTransport
{
    Task<NotifyResponse> PostAsync(string notifyUrl, IReadOnlyDictionary<string, string> form, CancellationToken ct);
}

/// Sends due queue rows, signed at sending time, and records each attempt on the row.
public sealed class SimulatorNotificationDispatcher(IServiceScopeFactory scopes, ISimulatorNotifyTransport transport, SimulatorSecret secret,
    SimulatorOptions options, TimeProvider time, ILogger<SimulatorNotificationDispatcher> logger)
{
    private const int BatchSize = 50;

    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.SimulatorNotifications
            .Where(n => n.AcknowledgedUtc == null && !n.GaveUp && n.DueUtc <= now)
            .OrderBy(n => n.DueUtc).ThenBy(n => n.Sequence).Take(BatchSize).ToListAsync(ct);
        var acknowledged = 0;
        foreach (var notification in due)
        {
            var fields = notification.Fields(time.GetUtcNow().UtcDateTime);
            fields[SimulatorSignature.Field] = SimulatorSignature.Sign(fields, secret.Key);
            try
            {
                var response = await transport.PostAsync(notification.NotifyUrl, fields, ct);
                if (response.IsAcknowledged)
                {
                    notification.Acknowledged(response.StatusCode, time.GetUtcNow().UtcDateTime);
                    acknowledged++;
                }
                else notification.Failed(response.StatusCode, response.Body, time.GetUtcNow().UtcDateTime, options.MaxAttempts);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested) // one bad delivery is recorded and retried; it never stops the queue
            {
                notification.Failed(null, ex.Message, time.GetUtcNow().UtcDateTime, options.MaxAttempts);
            }
            if (notification.AcknowledgedUtc is null)
                logger.LogWarning("Payment notification {NotifyId} ({Status}) for charge {ChargeId} not acknowledged (attempt {Attempt}): {Error}",
                    notification.NotifyId, notification.Status, notification.ChargeId, notification.Attempts, notification.LastError);
            await db.SaveChangesAsync(ct);
        }
        return acknowledged;
    }
}

/// Never two at once, even across clustered nodes: a row is sent by one delivery run at a time.
[DisallowConcurrentExecution]
internal sealed class SimulatorNotifyJob(SimulatorNotificationDispatcher dispatcher) : IJob
{
    public const string Name = "payments-simulator-notify";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var acknowledged = await dispatcher.DeliverDueAsync(cancellationToken);
        context.Result = $"{acknowledged} acknowledged";
    }
}
