using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Features.Bookings;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Merchant;

/// The merchant hands the unit over: picked up at the counter, or sent out with a tracking number.
public sealed record HandOverRental(Guid UserId, Guid BookingId, string? TrackingNumber) : ICommand;

internal sealed class HandOverRentalHandler(RentalDbContext db, IMerchantDirectory merchants, IShopAccess shops, TimeProvider time) : IRequestHandler<HandOverRental, Result>
{
    public async Task<Result> Handle(HandOverRental c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfMerchantAsync(shops, c.UserId, c.BookingId, ct),
            b => b.HandOver(c.UserId, ChinaTime.Today(time), c.TrackingNumber, time.GetUtcNow().UtcDateTime), ct);
}
