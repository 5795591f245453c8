namespace SharedWarehouse.Modules.Rental.Domain;

/// A rentable item's prices: per day, and optionally per week (7 days) and per month (30 days).
public sealed record RentalPrices(long DayFen, long? WeekFen, long? MonthFen);

/// The rent for a period and how it was made up (months × month price + weeks × week price + days × day price).
public sealed record RentQuote(int Days, long TotalFen, int Months, int Weeks, int DayUnits);

/// What a return settles: the late fee and the damage charge come out of the deposit; the rest of the deposit (and, for an
/// early return under a refunding policy, the unused rent) goes back; what the deposit cannot cover the buyer owes.
public sealed record RentalSettlement(int LateDays, long LateFeeFen, long DamageFen, long RentRefundFen, long DepositRefundFen, long BalanceDueFen)
{
    public long RefundFen => RentRefundFen + DepositRefundFen;
}

/// The money rules of a rental, kept pure so they are unit-tested on their own.
public static class RentalPricing
{
    public const int DaysPerWeek = 7;
    public const int DaysPerMonth = 30;

    /// The cheapest way to pay for `days` days. A longer unit may cover more days than booked when that is cheaper (six
    /// days at ¥100 cost more than a week at ¥500): cost[d] is the cheapest cover of at least d days, a small dynamic
    /// programme over the three units (O(days)).
    public static RentQuote Quote(RentalPrices p, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var cost = new long[days + 1];
        var step = new int[days + 1]; // the unit length that ends the cheapest cover of d days
        for (var d = 1; d <= days; d++)
        {
            (cost[d], step[d]) = (cost[d - 1] + p.DayFen, 1);
            if (p.WeekFen is { } week && cost[Math.Max(0, d - DaysPerWeek)] + week < cost[d])
                (cost[d], step[d]) = (cost[Math.Max(0, d - DaysPerWeek)] + week, DaysPerWeek);
            if (p.MonthFen is { } month && cost[Math.Max(0, d - DaysPerMonth)] + month < cost[d])
                (cost[d], step[d]) = (cost[Math.Max(0, d - DaysPerMonth)] + month, DaysPerMonth);
        }
        int months = 0, weeks = 0, singles = 0;
        for (var d = days; d > 0; d = Math.Max(0, d - step[d]))
            _ = step[d] switch { DaysPerMonth => months++, DaysPerWeek => weeks++, _ => singles++ };
        return new RentQuote(days, cost[days], months, weeks, singles);
    }

    /// Days from pick-up day to return day (returning the next day is one day).
    public static int DaysBetween(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    /// The settlement of a unit returned on `returnedOn`: days past the due date cost the late fee each; a damage charge
    /// is added; both come out of the deposit first. Returned early, the unused rent comes back only under the policy
    /// that says so, as the difference between the rent paid and the cheapest rent of the days actually used.
    public static RentalSettlement Settle(RentalPrices prices, EarlyReturnPolicy policy, DateOnly start, DateOnly due, DateOnly returnedOn,
        long rentPaidFen, long depositFen, long lateFeePerDayFen, long damageFen)
    {
        var lateDays = Math.Max(0, DaysBetween(due, returnedOn));
        var lateFee = lateDays * lateFeePerDayFen;
        var used = Math.Max(1, DaysBetween(start, returnedOn));
        var rentRefund = policy == EarlyReturnPolicy.RefundUnusedDays && returnedOn < due
            ? Math.Max(0, rentPaidFen - Quote(prices, used).TotalFen) : 0;
        var charges = lateFee + damageFen;
        return new RentalSettlement(lateDays, lateFee, damageFen, rentRefund, Math.Max(0, depositFen - charges), Math.Max(0, charges - depositFen));
    }
}

/// What an early return gives back: nothing (the booked period is paid for), or the rent of the days not used.
public enum EarlyReturnPolicy { NoRefund = 1, RefundUnusedDays = 2 }
