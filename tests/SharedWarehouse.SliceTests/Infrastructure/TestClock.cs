namespace SharedWarehouse.SliceTests.Infrastructure;

/// A settable UTC clock, so expiry and throttling rules are tested without waiting.
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
