using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SharedWarehouse.BrowserTests.Infrastructure;

/// One critical or serious axe finding: which rule, how bad, on which page at which width, and where.
public sealed record AxeFinding(string Role, int Width, string Path, string Rule, string Impact, string Target, string Html)
{
    public override string ToString() => $"{Role} {Width}px {Path}: {Rule} ({Impact}) at {Target}  {Html}";
}

/// Runs axe-core (the WCAG 2 A and AA rules) on the page as it is and keeps what blocks or seriously hinders
/// people: the critical and serious violations. Moderate and minor ones are advice, not failures.
public static class AxeAudit
{
    private static readonly AxeRunOptions Wcag2 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    private static readonly HashSet<string> Blocking = ["critical", "serious"];

    public static async Task<IReadOnlyList<AxeFinding>> BlockingFindingsAsync(this IPage page, string role, int width, string path)
    {
        var result = await page.RunAxe(Wcag2);
        return result.Violations
            .Where(v => v.Impact is not null && Blocking.Contains(v.Impact))
            .SelectMany(v => v.Nodes.Select(n => new AxeFinding(role, width, path, v.Id, v.Impact!, n.Target?.ToString() ?? "", Shorten(n.Html))))
            .ToList();
    }

    private static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 160 ? html : html[..160] + "…";
}
