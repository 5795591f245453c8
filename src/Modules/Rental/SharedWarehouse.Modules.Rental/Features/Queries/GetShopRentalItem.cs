using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;

namespace SharedWarehouse.Modules.Rental.Features.Queries;

/// One of the merchant's items with its units, each unit's bookings from today on (its calendar), and the warehouses a new
/// unit may be put in. Null when the item is not the shop's.
public sealed record GetShopRentalItem(Guid UserId, Guid ItemId) : IQuery<ShopRentalItem?>;

public sealed record UnitBooking(Guid BookingId, string Number, RentalStatus Status, DateOnly StartDate, DateOnly EndDate, DateOnly BlockEnd);

public sealed record ShopRentalItem(RentalItem Item, IReadOnlyDictionary<Guid, IReadOnlyList<UnitBooking>> Calendar, IReadOnlyList<UsableWarehouse> Warehouses,
    DateOnly Today);

internal sealed class GetShopRentalItemHandler(RentalDbContext db, IShopAccess shops, IShopWarehouses warehouses, TimeProvider time)
    : IRequestHandler<GetShopRentalItem, ShopRentalItem?>
{
    public async Task<ShopRentalItem?> Handle(GetShopRentalItem q, CancellationToken ct)
    {
        if (await shops.ActingAsync(q.UserId, ct) is not { } shop) return null;
        var item = await db.Items.AsNoTracking().Include(i => i.Units).FirstOrDefaultAsync(i => i.Id == q.ItemId && i.ShopId == shop.ShopId, ct);
        if (item is null) return null;
        var today = ChinaTime.Today(time);
        var bookings = await db.Bookings.AsNoTracking().Where(b => b.ItemId == item.Id && b.HoldsUnit && b.BlockEnd > today)
            .OrderBy(b => b.BlockStart).Take(1000)
            .Select(b => new { b.UnitId, Row = new UnitBooking(b.Id, b.Number, b.Status, b.StartDate, b.EndDate, b.BlockEnd) }).ToListAsync(ct);
        var calendar = bookings.GroupBy(b => b.UnitId).ToDictionary(g => g.Key, g => (IReadOnlyList<UnitBooking>)g.Select(b => b.Row).ToList());
        return new ShopRentalItem(item, calendar, await warehouses.UsableByAsync(shop.ShopId, ct), today);
    }
}
