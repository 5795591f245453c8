using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;

namespace SharedWarehouse.Modules.Rental.Features.Queries;

/// Whose view of a booking: the buyer's own, the merchant's shop's, or the platform's (any).
public enum RentalViewer { Buyer, Merchant, Platform }

/// One booking with its timeline and photos, read-only; null when it is not the viewer's.
public sealed record GetRentalBooking(RentalViewer Viewer, Guid UserId, Guid BookingId) : IQuery<RentalBooking?>;

internal sealed class GetRentalBookingHandler(RentalDbContext db, IShopAccess shops) : IRequestHandler<GetRentalBooking, RentalBooking?>
{
    public async Task<RentalBooking?> Handle(GetRentalBooking q, CancellationToken ct)
    {
        var bookings = db.Bookings.AsNoTracking().Include(b => b.Steps.OrderBy(s => s.Sequence)).Include(b => b.Photos).AsSplitQuery();
        return q.Viewer switch
        {
            RentalViewer.Buyer => await bookings.FirstOrDefaultAsync(b => b.Id == q.BookingId && b.BuyerId == q.UserId, ct),
            RentalViewer.Merchant => await shops.ActingAsync(q.UserId, ct) is { } shop
                ? await bookings.FirstOrDefaultAsync(b => b.Id == q.BookingId && b.ShopId == shop.ShopId, ct) : null,
            _ => await bookings.FirstOrDefaultAsync(b => b.Id == q.BookingId, ct),
        };
    }
}
