using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Rental.Data;

namespace SharedWarehouse.Modules.Rental.Features.Bookings;

/// The money for a booking (or its balance) arrived; Payments publishes this once per payment and the inbox makes a
/// redelivery a no-op. A payment that comes after the booking expired or was cancelled is refunded at once. Payments of
/// orders and recharges are not ours and are ignored.
internal sealed class RentalPaidHandler(RentalDbContext db, IMerchantDirectory merchants, ILogger<RentalPaidHandler> log)
    : IIntegrationEventHandler<PaymentSucceeded>
{
    public async Task Handle(PaymentSucceeded e, CancellationToken ct)
    {
        var b = await db.Bookings.Include(x => x.Steps).FirstOrDefaultAsync(x => x.Id == e.OrderId || x.BalancePaymentRef == e.OrderId, ct);
        if (b is null) return;
        var balance = b.BalancePaymentRef == e.OrderId;
        var result = await db.ChangeAsync(merchants, b, x => balance ? x.MarkBalancePaid(e.OrderId, e.AmountFen, e.PaidUtc) : x.MarkPaid(e.PaymentId, e.AmountFen, e.PaidUtc), ct);
        if (result.IsSuccess) return;
        log.LogWarning("Payment {PaymentId} for rental {Number} refunded: {Reason}", e.PaymentId, b.Number, result.Errors[0].Message);
        db.Publish(new RefundRequested(Guid.CreateVersion7(), e.OrderId, e.AmountFen, $"rent-late-{e.PaymentId:N}", "租赁单已取消，退回付款"));
    }
}
