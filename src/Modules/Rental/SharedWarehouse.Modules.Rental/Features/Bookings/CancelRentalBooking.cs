using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Bookings;

/// The buyer cancels before pick-up day: the unit is free again and anything paid comes back.
public sealed record CancelRentalBooking(Guid BuyerId, Guid BookingId) : ICommand;

internal sealed class CancelRentalBookingHandler(RentalDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<CancelRentalBooking, Result>
{
    public async Task<Result> Handle(CancelRentalBooking c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfBuyerAsync(c.BuyerId, c.BookingId, ct),
            b => b.Cancel(c.BuyerId, ChinaTime.Today(time), time.GetUtcNow().UtcDateTime), ct);
}
