using System.Text.Json;
using Microsoft.Playwright;
using SharedWarehouse.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace SharedWarehouse.BrowserTests;

/// The bytes a shopper's phone downloads for the home page, counted by Chromium itself (CDP's encodedDataLength:
/// what came over the wire, headers included): wwwroot goes gzip-compressed, under fingerprinted URLs cached for a
/// year, so a repeat view fetches only the page. The baseline is the same page fetched in the same run by a
/// browser that refuses compression (Accept-Encoding: identity). Bytes, not time: nothing here depends on load.
public sealed class StaticFilesTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 360, Height = 780 }, IsMobile = true };

    [Fact]
    public async Task The_home_page_comes_compressed_and_a_repeat_view_downloads_only_the_page()
    {
        await using var run = new Scenario(fixture, "static-files", output);
        await run.RunAsync(async () =>
        {
            var shopper = await run.NewActorAsync("shopper", Phone);
            var cold = await HomePageAsync(shopper.Context, shopper.Page, run);
            var repeat = await HomePageAsync(shopper.Context, await shopper.Context.NewPageAsync(), run);
            var identity = await run.NewActorAsync("no-compression", new()
            {
                ViewportSize = Phone.ViewportSize, IsMobile = true,
                ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Encoding"] = "identity" },
            });
            var baseline = await HomePageAsync(identity.Context, identity.Page, run);
            run.Log($"home page: cold {cold.Total:N0} B ({cold.Static:N0} B static), repeat {repeat.Total:N0} B ({repeat.Static:N0} B static), " +
                    $"uncompressed baseline {baseline.Total:N0} B ({baseline.Static:N0} B static); cold/baseline {(double)cold.Total / baseline.Total:F2}×");

            cold.StaticFiles.ShouldNotBeEmpty();
            foreach (var file in cold.StaticFiles)
            {
                file.CacheControl.ShouldContain("immutable", customMessage: $"{file.Url} is not cached for good");
                file.Url.ShouldMatch(@"\.[a-z0-9]{10}\.(css|js|svg)$", $"{file.Url} is not fingerprinted");
                if (file.Url.EndsWith(".css") || file.Url.EndsWith(".js")) file.Encoding.ShouldBe("gzip", $"{file.Url} came uncompressed");
            }
            (cold.Static * 3).ShouldBeLessThan(baseline.Static, "compressed stylesheets and scripts are at least three times smaller");
            repeat.Static.ShouldBe(0, "a repeat view takes every static file from the cache");
        });
    }

    private sealed record Download(string Url, long Bytes, string Encoding, string CacheControl);

    private sealed record View(IReadOnlyList<Download> All)
    {
        public IReadOnlyList<Download> StaticFiles => All.Where(d => d.CacheControl.Contains("immutable") || d.Url.Contains("/lib/") || d.Url.Contains("/css/") || d.Url.Contains("/js/")).ToList();
        public long Total => All.Sum(d => d.Bytes);
        public long Static => StaticFiles.Sum(d => d.Bytes);
    }

    private static async Task<View> HomePageAsync(IBrowserContext context, IPage page, Scenario run)
    {
        var cdp = await context.NewCDPSessionAsync(page);
        var responses = new Dictionary<string, (string Url, string Encoding, string CacheControl)>();
        var downloads = new List<Download>();
        cdp.Event("Network.responseReceived").OnEvent += (_, e) =>
        {
            var response = e!.Value.GetProperty("response");
            var headers = response.GetProperty("headers");
            responses[e.Value.GetProperty("requestId").GetString()!] = (response.GetProperty("url").GetString()!, Header(headers, "content-encoding"), Header(headers, "cache-control"));
        };
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            lock (downloads)
                if (responses.TryGetValue(e!.Value.GetProperty("requestId").GetString()!, out var r) && r.Url.StartsWith(run.BaseUrl, StringComparison.Ordinal))
                    downloads.Add(new(r.Url[run.BaseUrl.Length..], (long)e.Value.GetProperty("encodedDataLength").GetDouble(), r.Encoding, r.CacheControl));
        };
        await cdp.SendAsync("Network.enable");
        await page.GotoAsync(run.Url("/"), new() { WaitUntil = WaitUntilState.NetworkIdle });
        await cdp.DetachAsync();
        lock (downloads) return new View(downloads.ToList());
    }

    private static string Header(JsonElement headers, string name) =>
        headers.EnumerateObject().FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } v ? v.GetString()! : "";
}
