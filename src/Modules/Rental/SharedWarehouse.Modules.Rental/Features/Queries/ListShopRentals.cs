using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Paging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;

namespace SharedWarehouse.Modules.Rental.Features.Queries;

/// The merchant's rental desk: one filter's page and every filter's count. Null when the user has no shop.
public sealed record ListShopRentals(Guid UserId, RentalDeskFilter Filter, int Page) : IQuery<ShopRentals?>;

public sealed record ShopRentals(PagedResult<RentalRow> Rows, IReadOnlyDictionary<RentalDeskFilter, int> Counts, DateOnly Today);

internal sealed class ListShopRentalsHandler(RentalDbContext db, IShopAccess shops, TimeProvider time) : IRequestHandler<ListShopRentals, ShopRentals?>
{
    public async Task<ShopRentals?> Handle(ListShopRentals q, CancellationToken ct)
    {
        if (await shops.ActingAsync(q.UserId, ct) is not { } shop) return null;
        var today = ChinaTime.Today(time);
        var mine = db.Bookings.Where(b => b.ShopId == shop.ShopId);
        var counts = new Dictionary<RentalDeskFilter, int>();
        foreach (var f in new[] { RentalDeskFilter.Active, RentalDeskFilter.ToHandOver, RentalDeskFilter.DueToday, RentalDeskFilter.Overdue, RentalDeskFilter.Unsettled })
            counts[f] = await mine.Filter(f, today).CountAsync(ct);
        return new ShopRentals(await mine.Filter(q.Filter, today).ToRows().ToPagedResultAsync(q.Page, 20, ct), counts, today);
    }
}
