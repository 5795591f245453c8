using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Domain;
using SharedWarehouse.Modules.Repair.Features.Requests;

namespace SharedWarehouse.Modules.Repair.Features.Payments;

/// A captured payment of a repair's quote (payments of orders and recharges are not ours and are ignored). The inbox makes
/// a redelivered event a no-op, the payment id on the repair a second event for the same payment one too, and the
/// repair's version two notices racing each other (or a notice racing the buyer's decline) one effect: the loser throws,
/// the outbox retries it and then finds the repair already paid. Money that cannot be applied (the quote declined or
/// expired, another payment already applied, a different amount) goes back at once through Payments, under a reference
/// of the repair and the payment, so it is refunded once.
internal sealed class RepairPaidHandler(RepairDbContext db, IMerchantDirectory merchants, ILogger<RepairPaidHandler> log)
    : IIntegrationEventHandler<PaymentSucceeded>
{
    public async Task Handle(PaymentSucceeded e, CancellationToken ct)
    {
        var repair = await db.AnyAsync(e.OrderId, ct);
        if (repair is null) return;
        switch (repair.RecordPayment(e.PaymentId, e.AmountFen, e.PaidUtc))
        {
            case RepairRequest.PaymentOutcome.Applied:
                await RepairNotices.ChangedAsync(db, merchants, repair, ct);
                break;
            case RepairRequest.PaymentOutcome.Refund:
                log.LogWarning("Repair {Number}: payment {PaymentId} of {AmountFen} fen cannot be applied ({Status}); refunding it",
                    repair.Number, e.PaymentId, e.AmountFen, repair.Status);
                db.Publish(new RefundRequested(Guid.CreateVersion7(), repair.Id, e.AmountFen, $"rp-{e.PaymentId:N}", $"维修费退回 {repair.Number}"));
                break;
        }
    }
}
