using Microsoft.Playwright;

namespace SharedWarehouse.BrowserTests.Infrastructure;

/// One server and one chromium for the tests of a class. Debian's chromium (SW_CHROMIUM, default
/// /usr/bin/chromium) is driven through the Node driver that ships inside the Microsoft.Playwright package
/// (bin/.playwright); `playwright install` is never needed.
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public KestrelAppFactory App { get; } = new();
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl => App.BaseUrl;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("SW_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        // Starting the host migrates the SQLite file and creates the admin: synchronous, so off the test thread.
        var server = Task.Run(App.Start);
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath} (set SW_CHROMIUM).");
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        await server;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        Playwright?.Dispose();
        await App.DisposeAsync();
    }
}
