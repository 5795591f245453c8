using System.Diagnostics;

namespace SharedWarehouse.BrowserTests.Infrastructure;

/// How long a browser test waits for something to happen. Generous on purpose: a shared two-core machine in the
/// middle of a full test run can be many times slower than a developer's laptop, and a wait that ends as soon
/// as its condition holds costs nothing when the machine is fast. Only a failing test waits the whole limit.
public static class Patience
{
    /// For what the page does itself: an element to appear, a click to be actionable, a text to change.
    public const int PageMilliseconds = 30_000;

    /// For a page load and for work done in the background (the outbox, a job, a printer receiving bytes).
    public const int BackgroundMilliseconds = 90_000;

    public static readonly TimeSpan Background = TimeSpan.FromMilliseconds(BackgroundMilliseconds);

    /// Polls the condition until it holds; a TimeoutException naming what never happened otherwise.
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, int pollMilliseconds = 250)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > Background) throw new TimeoutException($"{what} did not happen within {Background.TotalSeconds:0} s.");
            await Task.Delay(pollMilliseconds);
        }
    }
}
