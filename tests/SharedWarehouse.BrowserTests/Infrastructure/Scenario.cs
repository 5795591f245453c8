using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SharedWarehouse.BrowserTests.Infrastructure;

/// One person at one browser: their own context (cookies) and page.
public sealed record Actor(string Name, IBrowserContext Context, IPage Page);

/// A scenario run: its people (browser contexts), numbered screenshots under artifacts/screenshots, the
/// browser's console errors, and on failure a screenshot, the HTML and a Playwright trace of every person.
public sealed class Scenario(BrowserFixture fixture, string name, ITestOutputHelper output) : IAsyncDisposable
{
    private readonly List<Actor> _actors = [];
    private readonly List<string> _browserErrors = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _shot;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();
    public static string ScreenshotsDirectory { get; } = Path.Combine(RepositoryRoot, "artifacts", "screenshots");
    public static string TracesDirectory { get; } = Path.Combine(RepositoryRoot, "artifacts", "traces");

    public string BaseUrl => fixture.BaseUrl;
    public List<string> Screenshots { get; } = [];

    /// What the pages logged as errors or threw (CSP violations, failed fetches, script errors).
    public IReadOnlyList<string> BrowserErrors => _browserErrors;

    public string Url(string path) => BaseUrl + path;

    public async Task<Actor> NewActorAsync(string actorName, BrowserNewContextOptions options)
    {
        if (_actors.Count == 0 && !HasChineseFont.Value)
            Log("warning: no Chinese font (fc-list :lang=zh is empty), screenshots show boxes: apt-get install fonts-wqy-microhei");
        Directory.CreateDirectory(ScreenshotsDirectory);
        foreach (var stale in Directory.GetFiles(ScreenshotsDirectory, $"{name}-FAILED-{actorName}*")) File.Delete(stale);
        if (Directory.Exists(TracesDirectory)) File.Delete(Path.Combine(TracesDirectory, $"{name}-{actorName}.zip"));
        options.Locale ??= "zh-CN";
        options.TimezoneId ??= "Asia/Shanghai";
        var context = await fixture.Browser.NewContextAsync(options);
        context.SetDefaultTimeout(Patience.PageMilliseconds);
        context.SetDefaultNavigationTimeout(Patience.BackgroundMilliseconds);
        await context.Tracing.StartAsync(new() { Title = $"{name} · {actorName}", Screenshots = true, Snapshots = true });
        context.Console += (_, message) =>
        {
            if (message.Type != "error") return;
            // The browser asks for /favicon.ico on its own; the site has none.
            if (message.Location.Contains("favicon.ico", StringComparison.Ordinal)) return;
            lock (_browserErrors) _browserErrors.Add($"[{actorName}] console: {message.Text} ({message.Location})");
        };
        context.Page += (_, page) => Watch(actorName, page);
        var page = await context.NewPageAsync();
        var actor = new Actor(actorName, context, page);
        _actors.Add(actor);
        return actor;
    }

    private void Watch(string actorName, IPage page) =>
        page.PageError += (_, error) => { lock (_browserErrors) _browserErrors.Add($"[{actorName}] page error: {error}"); };

    /// Saves a screenshot of the page as artifacts/screenshots/{scenario}-{nn}-{step}.png.
    public async Task ShotAsync(IPage page, string step, bool fullPage = true)
    {
        var path = Path.Combine(ScreenshotsDirectory, $"{name}-{++_shot:D2}-{step}.png");
        var options = new PageScreenshotOptions { Path = path, FullPage = fullPage, Animations = ScreenshotAnimations.Disabled };
        try
        {
            await page.ScreenshotAsync(options);
        }
        catch (PlaywrightException e) when (e.Message.Contains("Unable to capture screenshot", StringComparison.Ordinal))
        {
            // On a loaded machine Chromium's compositor sometimes gives no frame in time (seen once in CI on the picker
            // page at 360 px, after every audit had passed). The screenshot is evidence, not the test: ask once more.
            Log($"screenshot retried: {e.Message.Split('\n')[0]}");
            await page.ScreenshotAsync(options);
        }
        Screenshots.Add(path);
        Log($"screenshot {Path.GetRelativePath(RepositoryRoot, path)}");
    }

    public void Log(string message) => output.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:F1}s] {message}");

    /// Runs the steps; on failure saves what every person's browser shows and fails with where to look.
    public async Task RunAsync(Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception failure)
        {
            var evidence = new List<string>();
            foreach (var actor in _actors)
            {
                try
                {
                    var stem = Path.Combine(ScreenshotsDirectory, $"{name}-FAILED-{actor.Name}");
                    await actor.Page.ScreenshotAsync(new() { Path = stem + ".png", FullPage = true, Timeout = 5_000 });
                    await File.WriteAllTextAsync(stem + ".html", await actor.Page.ContentAsync());
                    Directory.CreateDirectory(TracesDirectory);
                    var trace = Path.Combine(TracesDirectory, $"{name}-{actor.Name}.zip");
                    await actor.Context.Tracing.StopAsync(new() { Path = trace });
                    evidence.Add($"{actor.Name} at {actor.Page.Url}: {stem}.png, {stem}.html, trace {trace} " +
                                 "(open it at https://trace.playwright.dev)");
                }
                catch (Exception captureError)
                {
                    evidence.Add($"{actor.Name}: could not capture ({captureError.Message})");
                }
            }
            lock (_browserErrors) evidence.AddRange(_browserErrors);
            foreach (var line in evidence) Log(line);
            throw new Xunit.Sdk.XunitException(
                $"Scenario '{name}' failed after {_clock.Elapsed.TotalSeconds:F1}s: {failure.Message}\n" +
                string.Join("\n", evidence.Select(e => "  " + e)) + "\n" + failure);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var actor in _actors)
        {
            try { await actor.Context.Tracing.StopAsync(); } catch (PlaywrightException) { /* already stopped */ }
            await actor.Context.CloseAsync();
        }
        Log($"done in {_clock.Elapsed.TotalSeconds:F1}s");
    }

    private static readonly Lazy<bool> HasChineseFont = new(() =>
    {
        try
        {
            using var fcList = Process.Start(new ProcessStartInfo("fc-list", ":lang=zh family") { RedirectStandardOutput = true });
            if (fcList is null) return false;
            var fonts = fcList.StandardOutput.ReadToEnd();
            fcList.WaitForExit();
            return fonts.Trim().Length > 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no fontconfig: nothing to tell
        }
    });

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SharedWarehouse.sln"))) return dir.FullName;
        throw new InvalidOperationException($"SharedWarehouse.sln not found above {AppContext.BaseDirectory}.");
    }
}
