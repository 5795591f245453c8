namespace SharedWarehouse.BrowserTests.Infrastructure;

/// The app's clock in browser tests: the real time plus an offset a test moves forward, so flows that span days (a rental
/// returned late) run in minutes. Everything that reads TimeProvider (domain rules, China's "today") sees the shifted time.
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
