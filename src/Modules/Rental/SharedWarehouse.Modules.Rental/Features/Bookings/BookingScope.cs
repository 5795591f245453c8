using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Bookings;

/// Bookings are loaded by (id AND the party's own key): another buyer's or another shop's booking is not found.
internal static class BookingScope
{
    public const string PhotoFolder = "rentals";

    private static IQueryable<RentalBooking> Full(this RentalDbContext db) => db.Bookings.Include(b => b.Steps).Include(b => b.Photos).AsSplitQuery();

    public static Task<RentalBooking?> OfBuyerAsync(this RentalDbContext db, Guid buyerId, Guid id, CancellationToken ct) =>
        db.Full().FirstOrDefaultAsync(b => b.Id == id && b.BuyerId == buyerId, ct);

    public static async Task<RentalBooking?> OfMerchantAsync(this RentalDbContext db, IShopAccess shops, Guid userId, Guid id, CancellationToken ct) =>
        await shops.ActingAsync(userId, ct) is { } shop ? await db.Full().FirstOrDefaultAsync(b => b.Id == id && b.ShopId == shop.ShopId, ct) : null;

    public static Task<RentalBooking?> AnyAsync(this RentalDbContext db, Guid id, CancellationToken ct) => db.Full().FirstOrDefaultAsync(b => b.Id == id, ct);

    /// Runs one transition and what follows it in the same transaction: the refund it asked for goes to Payments (idempotent
    /// per reference) and the other party hears of it. Not found when the booking was not in scope.
    public static async Task<Result> ChangeAsync(this RentalDbContext db, IMerchantDirectory merchants, RentalBooking? b,
        Func<RentalBooking, Result> transition, CancellationToken ct)
    {
        if (b is null) return Error.NotFound();
        var changed = transition(b);
        if (changed.IsFailure) return changed;
        if (b.RefundDue is { } refund) db.Publish(new RefundRequested(Guid.CreateVersion7(), b.Id, refund.AmountFen, refund.Reference, refund.Reason));
        await RentalNotices.ChangedAsync(db, merchants, b, ct);
        return Result.Success();
    }

    /// A transition with evidence: the photos are written only once the transition has passed, and attached to its step.
    public static async Task<Result> ChangeAsync(this RentalDbContext db, IMerchantDirectory merchants, RentalBooking? b,
        Func<RentalBooking, Result> transition, IFileStore files, IReadOnlyList<UploadedImage>? images, CancellationToken ct)
    {
        var changed = await db.ChangeAsync(merchants, b, transition, ct);
        return changed.IsFailure ? changed : b!.AttachPhotos(await Photos.StoreAsync(files, PhotoFolder, images, ct));
    }
}
