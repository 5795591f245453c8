using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Features.Bookings;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Deadlines;

/// A booking not paid by its deadline lets its unit go (a payment that still arrives is refunded by RentalPaidHandler).
public sealed record ExpireUnpaidRental(Guid BookingId) : ICommand;

internal sealed class ExpireUnpaidRentalHandler(RentalDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<ExpireUnpaidRental, Result>
{
    public async Task<Result> Handle(ExpireUnpaidRental c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.AnyAsync(c.BookingId, ct), b => b.Expire(time.GetUtcNow().UtcDateTime), ct);
}
