using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Bookings;

/// The buyer pays: the rent and deposit of a booking still awaiting payment, or the balance the deposit did not cover.
/// Payments opens (or returns the still-open) charge; the answer is the gateway's pay page. The money arrives later, as
/// PaymentSucceeded (RentalPaidHandler). The balance is paid under its own reference, the booking's id being its first payment's.
public sealed record PayRental(Guid BuyerId, Guid BookingId) : IProcess<string>;

internal sealed class PayRentalHandler(RentalDbContext db, IPayments payments, TimeProvider time) : IRequestHandler<PayRental, Result<string>>
{
    public async Task<Result<string>> Handle(PayRental c, CancellationToken ct)
    {
        var b = await db.Bookings.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.BookingId && x.BuyerId == c.BuyerId, ct);
        if (b is null) return Error.NotFound();
        var page = $"/rentals/bookings/{b.Id}";
        return b.Status switch
        {
            RentalStatus.AwaitingPayment when b.PayByUtc > time.GetUtcNow().UtcDateTime =>
                await payments.StartOnlineAsync(new StartPayment(b.Id, b.Number, b.BuyerId, b.TotalFen, "租金和押金", page), ct),
            RentalStatus.AwaitingBalance =>
                await payments.StartOnlineAsync(new StartPayment(b.BalancePaymentRef!.Value, b.Number + "-B", b.BuyerId, b.BalanceDueFen, "租赁欠款", page), ct),
            _ => Error.Conflict("该租赁单现在不需要付款"),
        };
    }
}
