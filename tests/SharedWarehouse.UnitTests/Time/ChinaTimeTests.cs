using SharedWarehouse.BuildingBlocks.Time;
using Shouldly;
using Xunit;

namespace SharedWarehouse.UnitTests.Time;

public sealed class ChinaTimeTests
{
    // Beijing midnight starting 24 November 2026 is 16:00 UTC on the 23rd.
    private static readonly DateTime BeijingMidnightUtc = new(2026, 11, 23, 16, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Just_before_Beijing_midnight_it_is_still_the_day_before_in_China() =>
        ChinaTime.Today(new FixedClock(BeijingMidnightUtc.AddTicks(-1))).ShouldBe(new DateOnly(2026, 11, 23));

    [Fact]
    public void At_and_after_Beijing_midnight_it_is_already_the_next_day_in_China_though_not_yet_in_UTC()
    {
        ChinaTime.Today(new FixedClock(BeijingMidnightUtc)).ShouldBe(new DateOnly(2026, 11, 24));
        ChinaTime.Today(new FixedClock(BeijingMidnightUtc.AddMinutes(1))).ShouldBe(new DateOnly(2026, 11, 24));
    }

    [Fact]
    public void Wall_clock_is_eight_hours_ahead_of_utc() =>
        ChinaTime.Of(BeijingMidnightUtc.AddMinutes(90)).ShouldBe(new DateTime(2026, 11, 24, 1, 30, 0));

    [Fact]
    public void A_time_read_back_from_the_database_without_a_kind_is_taken_as_utc() =>
        ChinaTime.DateOf(DateTime.SpecifyKind(BeijingMidnightUtc, DateTimeKind.Unspecified)).ShouldBe(new DateOnly(2026, 11, 24));

    [Fact]
    public void A_china_day_starts_at_16_00_utc_the_day_before()
    {
        var start = ChinaTime.StartUtc(new DateOnly(2026, 11, 24));
        start.ShouldBe(BeijingMidnightUtc);
        start.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public void Without_time_zone_data_a_fixed_utc_plus_8_zone_is_used()
    {
        var zone = ChinaTime.FindZone("No/Such_Zone");
        zone.BaseUtcOffset.ShouldBe(TimeSpan.FromHours(8));
        zone.SupportsDaylightSavingTime.ShouldBeFalse();
    }

    private sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc);
    }
}
