using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Features.Bookings;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Deadlines;

/// A damage charge the buyer neither accepted nor disputed in time stands, and the booking settles (the same transition as
/// the buyer's button, so the two racing have one effect).
public sealed record SettleUnansweredCharge(Guid BookingId) : ICommand;

internal sealed class SettleUnansweredChargeHandler(RentalDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<SettleUnansweredCharge, Result>
{
    public async Task<Result> Handle(SettleUnansweredCharge c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.AnyAsync(c.BookingId, ct), b => b.AcceptCharge(null, time.GetUtcNow().UtcDateTime), ct);
}
