using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Bookings;

/// The buyer accepts the merchant's damage charge: the booking settles (the rest of the deposit back, or a balance to pay).
public sealed record AcceptRentalCharge(Guid BuyerId, Guid BookingId) : ICommand;

internal sealed class AcceptRentalChargeHandler(RentalDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<AcceptRentalCharge, Result>
{
    public async Task<Result> Handle(AcceptRentalCharge c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfBuyerAsync(c.BuyerId, c.BookingId, ct), b => b.AcceptCharge(c.BuyerId, time.GetUtcNow().UtcDateTime), ct);
}
