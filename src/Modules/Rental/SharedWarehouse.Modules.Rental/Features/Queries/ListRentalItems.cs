using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Paging;
using SharedWarehouse.Modules.Rental.Data;

namespace SharedWarehouse.Modules.Rental.Features.Queries;

/// The storefront's rental hub: listed items that have at least one unit, newest first.
public sealed record ListRentalItems(int Page) : IQuery<PagedResult<RentalItemRow>>;

internal sealed class ListRentalItemsHandler(RentalDbContext db) : IRequestHandler<ListRentalItems, PagedResult<RentalItemRow>>
{
    public Task<PagedResult<RentalItemRow>> Handle(ListRentalItems q, CancellationToken ct) =>
        db.Items.AsNoTracking().Where(i => i.IsListed && i.Units.Any(u => u.IsActive)).ToRows().ToPagedResultAsync(q.Page, 24, ct);
}
