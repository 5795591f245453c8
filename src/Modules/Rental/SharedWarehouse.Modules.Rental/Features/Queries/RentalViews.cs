using SharedWarehouse.Modules.Rental.Domain;

namespace SharedWarehouse.Modules.Rental.Features.Queries;

/// A rentable item in a list (storefront, the merchant's items).
public sealed record RentalItemRow(Guid Id, string Name, string? ImageUrl, long DayPriceFen, long? WeekPriceFen, long? MonthPriceFen, long DepositFen,
    bool IsListed, int ActiveUnits);

/// A booking in a list (buyer, desk, platform queue).
public sealed record RentalRow(Guid Id, string Number, RentalStatus Status, string ItemName, string UnitSerial, DateOnly StartDate, DateOnly EndDate,
    RentalFulfilment Fulfilment, long RentFen, long DepositFen, DateTime CreatedUtc);

/// The rental desk's filters, each with its count: units to hand over (from the day before pick-up), returns due today,
/// overdue units, returns whose money is not settled yet (a charge to answer, a dispute, a balance to pay).
public enum RentalDeskFilter { Active = 0, ToHandOver = 1, DueToday = 2, Overdue = 3, Unsettled = 4, All = 5 }

/// How many units are free on each day of a window (the storefront's availability calendar).
public sealed record AvailabilityDay(DateOnly Day, int FreeUnits);

internal static class RentalRows
{
    public static IQueryable<RentalRow> ToRows(this IQueryable<RentalBooking> q) =>
        q.OrderByDescending(b => b.CreatedUtc).ThenByDescending(b => b.Id)
            .Select(b => new RentalRow(b.Id, b.Number, b.Status, b.ItemName, b.UnitSerial, b.StartDate, b.EndDate, b.Fulfilment, b.RentFen, b.DepositFen, b.CreatedUtc));

    public static IQueryable<RentalItemRow> ToRows(this IQueryable<RentalItem> q) =>
        q.OrderByDescending(i => i.CreatedUtc).ThenBy(i => i.Id)
            .Select(i => new RentalItemRow(i.Id, i.Name, i.ImageUrl, i.DayPriceFen, i.WeekPriceFen, i.MonthPriceFen, i.DepositFen, i.IsListed,
                i.Units.Count(u => u.IsActive)));

    public static IQueryable<RentalBooking> Filter(this IQueryable<RentalBooking> q, RentalDeskFilter filter, DateOnly today) => filter switch
    {
        RentalDeskFilter.Active => q.Where(b => b.Status == RentalStatus.Booked || b.Status == RentalStatus.Out || b.Status == RentalStatus.ChargeProposed
            || b.Status == RentalStatus.Disputed || b.Status == RentalStatus.AwaitingBalance),
        RentalDeskFilter.ToHandOver => q.Where(b => b.Status == RentalStatus.Booked && b.StartDate <= today.AddDays(1)),
        RentalDeskFilter.DueToday => q.Where(b => b.Status == RentalStatus.Out && b.EndDate == today),
        RentalDeskFilter.Overdue => q.Where(b => b.Status == RentalStatus.Out && b.EndDate < today),
        RentalDeskFilter.Unsettled => q.Where(b => b.Status == RentalStatus.ChargeProposed || b.Status == RentalStatus.Disputed || b.Status == RentalStatus.AwaitingBalance),
        _ => q,
    };
}
