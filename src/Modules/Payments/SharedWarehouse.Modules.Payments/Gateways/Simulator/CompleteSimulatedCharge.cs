using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Payments.Gateways.Simulator;

/// The buyer pressed a button on the pay page; answers the URL to send the buyer back to.
public sealed record CompleteSimulatedCharge(Guid ChargeId, SimulatedOutcome Outcome) : ICommand<string>;

/// Decides the charge once and queues the notifications the gateway owes, with the configured chaos:
/// a duplicate of the real one, a stale "pending" before it and, after a success, a stale "failed".
internal sealed class CompleteSimulatedChargeHandler(PaymentsDbContext db, SimulatorOptions options, ILogger<CompleteSimulatedChargeHandler> logger)
    : IRequestHandler<CompleteSimulatedCharge, Result<string>>
{
    public async Task<Result<string>> Handle(CompleteSimulatedCharge command, CancellationToken ct)
    {
        if (await db.SimulatedCharges.FindAsync([command.ChargeId], ct) is not { } charge) return Error.NotFound("支付单不存在");
        var now = db.Now();
        if (!charge.Complete(command.Outcome, now)) return charge.ReturnUrl; // a second click: already decided

        var status = command.Outcome switch
        {
            SimulatedOutcome.Success => NotifiedStatus.Success,
            SimulatedOutcome.Failure => NotifiedStatus.Failed,
            _ => NotifiedStatus.Cancelled,
        };
        var reason = status switch { NotifiedStatus.Failed => "余额不足", NotifiedStatus.Cancelled => "买家取消支付", _ => null };
        var notifyId = Guid.CreateVersion7().ToString("N");
        var queue = new List<SimulatorNotification>();
        var reorder = Roll(options.ReorderRate);
        if (reorder) queue.Add(SimulatorNotification.For(charge, Guid.CreateVersion7().ToString("N"), NotifiedStatus.Pending, null, charge.CreatedUtc, now, 0));
        queue.Add(SimulatorNotification.For(charge, notifyId, status, reason, now, now, 1));
        if (Roll(options.DuplicateRate)) queue.Add(SimulatorNotification.For(charge, notifyId, status, reason, now, now, 2));
        if (reorder && status == NotifiedStatus.Success)
            queue.Add(SimulatorNotification.For(charge, Guid.CreateVersion7().ToString("N"), NotifiedStatus.Failed, "余额不足（较早的一次尝试）",
                now.AddSeconds(-1), now, 3));
        db.SimulatorNotifications.AddRange(queue);
        logger.LogInformation("Simulated charge {ChargeId} completed as {Outcome}; {Count} notification(s) queued", charge.Id, command.Outcome, queue.Count);
        return charge.ReturnUrl;
    }

    // 0 never, 1 always: NextDouble() is in [0, 1).
    private static bool Roll(double rate) => Random.Shared.NextDouble() < rate;
}
