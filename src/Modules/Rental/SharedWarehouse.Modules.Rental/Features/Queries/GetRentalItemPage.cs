using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;

namespace SharedWarehouse.Modules.Rental.Features.Queries;

/// What a buyer sees of an item: its terms, the availability calendar of the next weeks (from today, in China), and — when
/// dates were chosen — the rent for them with how it is made up. Null when the item is not listed.
public sealed record GetRentalItemPage(Guid ItemId, DateOnly? StartDate, DateOnly? EndDate) : IQuery<RentalItemPage?>;

public sealed record RentalItemPage(RentalItem Item, DateOnly Today, int BookAheadDays, IReadOnlyList<AvailabilityDay> Calendar, RentQuote? Quote);

internal sealed class GetRentalItemPageHandler(RentalDbContext db, TimeProvider time, IOptions<RentalOptions> options) : IRequestHandler<GetRentalItemPage, RentalItemPage?>
{
    /// Six weeks: a month view from today, whatever weekday today is.
    public const int CalendarDays = 42;

    public async Task<RentalItemPage?> Handle(GetRentalItemPage q, CancellationToken ct)
    {
        var item = await db.Items.AsNoTracking().Include(i => i.Units).FirstOrDefaultAsync(i => i.Id == q.ItemId && i.IsListed, ct);
        if (item is null) return null;
        var today = ChinaTime.Today(time);
        var days = q.StartDate is { } s && q.EndDate is { } e ? RentalPricing.DaysBetween(s, e) : 0;
        var quote = days >= 1 && days <= RentalTerms.LongestRentalDays ? RentalPricing.Quote(item.Prices, days) : null;
        return new RentalItemPage(item, today, options.Value.BookAheadDays, await db.FreeUnitsAsync(item, today, CalendarDays, ct), quote);
    }
}
