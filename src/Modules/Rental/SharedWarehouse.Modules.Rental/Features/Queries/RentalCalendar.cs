using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;

namespace SharedWarehouse.Modules.Rental.Features.Queries;

/// Which units are held on which days: the holding bookings of an item that touch a window, read once and counted per day.
internal static class RentalCalendar
{
    public static async Task<IReadOnlyList<AvailabilityDay>> FreeUnitsAsync(this RentalDbContext db, RentalItem item, DateOnly from, int days, CancellationToken ct)
    {
        var to = from.AddDays(days);
        var active = item.Units.Where(u => u.IsActive).Select(u => u.Id).ToHashSet();
        var holds = await db.Bookings.AsNoTracking().Where(b => b.ItemId == item.Id && b.HoldsUnit && b.BlockStart < to && from < b.BlockEnd)
            .Select(b => new { b.UnitId, b.BlockStart, b.BlockEnd }).ToListAsync(ct);
        holds.RemoveAll(h => !active.Contains(h.UnitId));
        return Enumerable.Range(0, days).Select(i => from.AddDays(i))
            .Select(day => new AvailabilityDay(day, active.Count - holds.Where(h => h.BlockStart <= day && day < h.BlockEnd).Select(h => h.UnitId).Distinct().Count()))
            .ToList();
    }
}
