using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Paging;
using SharedWarehouse.Modules.Rental.Data;

namespace SharedWarehouse.Modules.Rental.Features.Queries;

/// The buyer's rentals (我的租赁), newest first.
public sealed record ListMyRentals(Guid BuyerId, int Page) : IQuery<PagedResult<RentalRow>>;

internal sealed class ListMyRentalsHandler(RentalDbContext db) : IRequestHandler<ListMyRentals, PagedResult<RentalRow>>
{
    public Task<PagedResult<RentalRow>> Handle(ListMyRentals q, CancellationToken ct) =>
        db.Bookings.Where(b => b.BuyerId == q.BuyerId).ToRows().ToPagedResultAsync(q.Page, 20, ct);
}
