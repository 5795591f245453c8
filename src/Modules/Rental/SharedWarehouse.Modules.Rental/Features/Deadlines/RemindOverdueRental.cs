using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Features.Bookings;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Deadlines;

/// An overdue unit's buyer is reminded, at most once a (China) day, with the late fee so far.
public sealed record RemindOverdueRental(Guid BookingId) : ICommand;

internal sealed class RemindOverdueRentalHandler(RentalDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<RemindOverdueRental, Result>
{
    public async Task<Result> Handle(RemindOverdueRental c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.AnyAsync(c.BookingId, ct),
            b => b.Remind(ChinaTime.Today(time), time.GetUtcNow().UtcDateTime) ? Result.Success() : Error.Conflict("今天已提醒"), ct);
}
