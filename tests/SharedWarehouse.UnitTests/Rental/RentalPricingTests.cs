using SharedWarehouse.Modules.Rental.Domain;

namespace SharedWarehouse.UnitTests.Rental;

/// The money rules of a rental: the cheapest combination of day, week and month prices, and the settlement of a return.
public sealed class RentalPricingTests
{
    private static readonly RentalPrices DayWeekMonth = new(DayFen: 10000, WeekFen: 50000, MonthFen: 150000);

    [Theory]
    [InlineData(1, 10000)]
    [InlineData(4, 40000)]
    [InlineData(5, 50000)]    // five days at ¥100 equal a week: either way ¥500 (the shorter cover wins the tie)
    [InlineData(6, 50000)]    // six days cost more than the week that covers them
    [InlineData(9, 70000)]
    [InlineData(12, 100000)]
    [InlineData(20, 150000)]  // three weeks (¥1,500) equal a month: the month covers it
    [InlineData(30, 150000)]
    [InlineData(33, 180000)]
    [InlineData(36, 200000)]
    public void The_rent_is_the_cheapest_cover_of_the_period(int days, long total)
    {
        var q = RentalPricing.Quote(DayWeekMonth, days);
        q.TotalFen.ShouldBe(total);
        q.TotalFen.ShouldBe(q.Months * 150000L + q.Weeks * 50000L + q.DayUnits * 10000L, "the breakdown adds up to the total");
        (q.Months * 30 + q.Weeks * 7 + q.DayUnits).ShouldBeGreaterThanOrEqualTo(days, "the units cover every booked day");
        q.TotalFen.ShouldBe(BruteForce(DayWeekMonth, days));
    }

    [Fact]
    public void The_programme_matches_an_exhaustive_search_for_every_period_and_odd_prices()
    {
        foreach (var prices in new[] { new RentalPrices(3100, 17900, 69900), new RentalPrices(1000, null, 20000), new RentalPrices(1000, 9000, null),
                     new RentalPrices(500, null, null), new RentalPrices(2000, 20000, 100000) })
            for (var days = 1; days <= 75; days++)
                RentalPricing.Quote(prices, days).TotalFen.ShouldBe(BruteForce(prices, days), $"{prices} for {days} days");
    }

    [Fact]
    public void Without_week_and_month_prices_every_day_costs_the_day_price()
    {
        var q = RentalPricing.Quote(new RentalPrices(1234, null, null), 45);
        (q.TotalFen, q.Months, q.Weeks, q.DayUnits).ShouldBe((45 * 1234L, 0, 0, 45));
    }

    [Fact]
    public void A_period_shorter_than_one_day_has_no_price() =>
        Should.Throw<ArgumentOutOfRangeException>(() => RentalPricing.Quote(DayWeekMonth, 0));

    private static readonly DateOnly Start = new(2026, 12, 10), Due = new(2026, 12, 13);

    [Fact]
    public void Returned_on_time_the_whole_deposit_comes_back()
    {
        var s = RentalPricing.Settle(DayWeekMonth, EarlyReturnPolicy.NoRefund, Start, Due, Due, 30000, 80000, 5000, 0);
        s.ShouldBe(new RentalSettlement(0, 0, 0, 0, 80000, 0));
        s.RefundFen.ShouldBe(80000);
    }

    [Fact]
    public void Two_days_late_costs_two_late_fees_out_of_the_deposit()
    {
        var s = RentalPricing.Settle(DayWeekMonth, EarlyReturnPolicy.NoRefund, Start, Due, Due.AddDays(2), 30000, 80000, 5000, 0);
        (s.LateDays, s.LateFeeFen, s.DepositRefundFen, s.BalanceDueFen).ShouldBe((2, 10000L, 70000L, 0L));
    }

    [Fact]
    public void Charges_above_the_deposit_become_a_balance_the_buyer_owes()
    {
        var s = RentalPricing.Settle(DayWeekMonth, EarlyReturnPolicy.NoRefund, Start, Due, Due.AddDays(3), 30000, 20000, 5000, 12000);
        (s.LateFeeFen, s.DamageFen, s.DepositRefundFen, s.BalanceDueFen).ShouldBe((15000L, 12000L, 0L, 7000L));
        (s.LateFeeFen + s.DamageFen).ShouldBe(20000 + s.BalanceDueFen, "the deposit and the balance pay exactly the charges");
    }

    [Fact]
    public void An_early_return_refunds_unused_rent_only_under_the_policy_that_says_so()
    {
        // Booked 9 days (a week + 2 days = ¥700), returned after 2 days (¥200): ¥500 back under the refunding policy.
        var due = Start.AddDays(9);
        var refunding = RentalPricing.Settle(DayWeekMonth, EarlyReturnPolicy.RefundUnusedDays, Start, due, Start.AddDays(2), 70000, 80000, 5000, 0);
        (refunding.RentRefundFen, refunding.DepositRefundFen, refunding.RefundFen).ShouldBe((50000L, 80000L, 130000L));
        var strict = RentalPricing.Settle(DayWeekMonth, EarlyReturnPolicy.NoRefund, Start, due, Start.AddDays(2), 70000, 80000, 5000, 0);
        strict.RentRefundFen.ShouldBe(0);
        // Returned on the day it was handed over still counts as one day used.
        RentalPricing.Settle(DayWeekMonth, EarlyReturnPolicy.RefundUnusedDays, Start, due, Start, 70000, 0, 0, 0).RentRefundFen.ShouldBe(60000);
    }

    /// Every combination of months, weeks and days that covers the period, cheapest total.
    private static long BruteForce(RentalPrices p, int days)
    {
        var best = long.MaxValue;
        for (var m = 0; m <= (p.MonthFen is null ? 0 : days / 30 + 1); m++)
            for (var w = 0; w <= (p.WeekFen is null ? 0 : days / 7 + 1); w++)
            {
                var rest = Math.Max(0, days - m * 30 - w * 7);
                best = Math.Min(best, m * (p.MonthFen ?? 0) + w * (p.WeekFen ?? 0) + rest * p.DayFen);
            }
        return best;
    }
}
