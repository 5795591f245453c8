using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Paging;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;

namespace SharedWarehouse.Modules.Rental.Features.Queries;

/// Platform customer service: the disputed damage charges to decide (oldest first), or every booking.
public sealed record ListPlatformRentals(bool DisputedOnly, int Page) : IQuery<PlatformRentals>;

public sealed record PlatformRentals(PagedResult<RentalRow> Rows, int Disputed);

internal sealed class ListPlatformRentalsHandler(RentalDbContext db) : IRequestHandler<ListPlatformRentals, PlatformRentals>
{
    public async Task<PlatformRentals> Handle(ListPlatformRentals q, CancellationToken ct)
    {
        var disputed = db.Bookings.Where(b => b.Status == RentalStatus.Disputed);
        return new PlatformRentals(await (q.DisputedOnly ? disputed : db.Bookings).ToRows().ToPagedResultAsync(q.Page, 20, ct), await disputed.CountAsync(ct));
    }
}
