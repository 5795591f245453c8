using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Bookings;

/// The buyer disputes the damage charge, with a reason and photos: platform customer service decides.
public sealed record DisputeRentalCharge(Guid BuyerId, Guid BookingId, string? Note, IReadOnlyList<UploadedImage>? Images = null) : ICommand, IWithEvidence;

internal sealed class DisputeRentalChargeValidator : EvidenceValidator<DisputeRentalCharge>;

internal sealed class DisputeRentalChargeHandler(RentalDbContext db, IMerchantDirectory merchants, IFileStore files, TimeProvider time)
    : IRequestHandler<DisputeRentalCharge, Result>
{
    public async Task<Result> Handle(DisputeRentalCharge c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfBuyerAsync(c.BuyerId, c.BookingId, ct), b => b.Dispute(c.BuyerId, c.Note, time.GetUtcNow().UtcDateTime),
            files, c.Images, ct);
}
