using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SharedWarehouse.BrowserTests.Infrastructure;
using SharedWarehouse.BuildingBlocks.Uploads;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests;

/// The merchant's product editor in a real browser: category search, the 颜色 × 尺码 matrix with batch fill and
/// tier rows, two images chosen before the first save and reordered, the live Markdown preview; then the saved
/// product shows it all. On a 360 px phone the editor does not scroll sideways.
public sealed class ProductEditorTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Desk = new() { ViewportSize = new() { Width = 1366, Height = 900 } };
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 360, Height = 780 }, IsMobile = true, HasTouch = true };

    static ProductEditorTests() => SetDefaultExpectTimeout(Patience.PageMilliseconds);

    [Fact]
    public async Task A_merchant_publishes_a_product_with_a_spec_matrix_tier_rows_images_and_a_previewed_description()
    {
        await using var run = new Scenario(fixture, "product-editor", output);
        var phone = BrowserGiven.NewPhone();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var name = "纯棉T恤" + suffix;
        var prefix = "TS" + suffix.ToUpperInvariant();
        using var uploads = new TempDirectory("sw-browser-editor-");
        var square = Path.Combine(uploads.Path, "square.png");
        var wide = Path.Combine(uploads.Path, "wide.png");
        await File.WriteAllBytesAsync(square, PngWriter.Solid(400, 400, 200, 30, 30));
        await File.WriteAllBytesAsync(wide, PngWriter.Solid(500, 300, 30, 30, 200));

        await run.RunAsync(async () =>
        {
            await BrowserGiven.MerchantAsync(fixture, phone, "编辑器测试店" + suffix);
            var desk = await run.NewActorAsync("merchant-1366", Desk);
            var m = desk.Page;
            await BrowserGiven.SignInAsync(m, run, phone, BrowserGiven.Password);
            await m.GotoAsync(run.Url("/merchant/products/new"));
            var formUrl = m.Url;

            run.Log("category by search, with the keyboard");
            var search = m.TestId("category-search");
            await search.FillAsync("服");
            await Expect(m.Locator("#category-options [role='option']").Filter(new() { HasTextString = "服装" })).ToBeVisibleAsync();
            await search.PressAsync("ArrowDown");
            await search.PressAsync("Enter");
            await Expect(search).ToHaveValueAsync("服装");
            await Expect(m.Field("Attributes[颜色]")).ToBeVisibleAsync(); // the category's attributes, without leaving the page
            m.Url.ShouldBe(formUrl);
            await m.Field("Name").FillAsync(name);
            await m.Field("Attributes[颜色]").FillAsync("红,蓝");
            await m.Field("Attributes[尺码]").FillAsync("S,M");

            run.Log("spec matrix 颜色 × 尺码 → 4 SKU rows, batch fill with two tier rows");
            await m.Field("Specs[0].Name").FillAsync("颜色");
            await m.Field("Specs[0].Values").FillAsync("红,蓝");
            await m.Field("Specs[1].Name").FillAsync("尺码");
            await m.Field("Specs[1].Values").FillAsync("S,M");
            await m.TestId("generate-skus").ClickAsync();
            var rows = m.TestId("sku-rows").Locator("tbody tr");
            await Expect(rows).ToHaveCountAsync(4);
            await Expect(m.Field("Skus[3].SpecText")).ToHaveValueAsync("蓝 / M");
            await m.Locator("#batch-price").FillAsync("59.00");
            await m.Locator("#batch-code").FillAsync(prefix);
            await m.Locator("#batch-weight").FillAsync("300");
            await m.Locator("[data-add-batch-tier]").ClickAsync();
            await m.Locator("[data-add-batch-tier]").ClickAsync();
            var batchQuantities = m.Locator("[data-batch-tier='MinQuantity']");
            var batchPrices = m.Locator("[data-batch-tier='UnitPrice']");
            await batchQuantities.Nth(0).FillAsync("10");
            await batchPrices.Nth(0).FillAsync("55.00");
            await batchQuantities.Nth(1).FillAsync("50");
            await batchPrices.Nth(1).FillAsync("50.00");
            await m.TestId("apply-batch").ClickAsync();
            await Expect(m.Field("Skus[3].RetailPrice")).ToHaveValueAsync("59.00");
            await Expect(m.Field("Skus[3].Code")).ToHaveValueAsync(prefix + "-04");
            await Expect(m.Field("Skus[0].TierRows[1].UnitPrice")).ToHaveValueAsync("50.00");
            await Expect(m.Field("Skus[3].TierRows[0].MinQuantity")).ToHaveValueAsync("10");

            run.Log("two images before the first save, the wide one moved first");
            await m.Locator("#NewImages").SetInputFilesAsync([square, wide]);
            var images = m.TestId("editor-images").Locator("li");
            await Expect(images).ToHaveCountAsync(2);
            await images.Nth(0).Locator("[data-image-action='right']").ClickAsync();
            (await images.Nth(0).Locator("img").LoadedImageSizeAsync()).ShouldBe((500, 300));
            await Expect(images.Nth(0).Locator(".badge")).ToBeVisibleAsync(); // "主图" on the one now first

            run.Log("description with the toolbar and the live preview");
            var description = m.Field("Description");
            await description.FillAsync("## 面料\n纯棉");
            await m.Locator("[data-md='bold']").ClickAsync();
            await Expect(m.TestId("description-preview").Locator("h2")).ToHaveTextAsync("面料");
            await Expect(m.TestId("description-preview").Locator("strong")).ToHaveTextAsync("B");
            await description.FillAsync("## 面料\n**纯棉**，透气");
            await Expect(m.TestId("description-preview").Locator("strong")).ToHaveTextAsync("纯棉");
            await run.ShotAsync(m, "editor-filled-1366");

            await m.TestId("save-product").ClickAsync();
            await Expect(m).ToHaveURLAsync(new Regex(@"/merchant/products/[0-9a-f-]{36}$"));
            var skus = m.TestId("skus").Locator("tbody tr");
            await Expect(skus).ToHaveCountAsync(4);
            await Expect(skus.Filter(new() { HasTextString = "红 / S" })).ToContainTextAsync("10 件起 ¥55.00");
            await Expect(m.TestId("images").Locator("img")).ToHaveCountAsync(2);
            (await m.TestId("images").Locator("img").Nth(0).LoadedImageSizeAsync()).ShouldBe((500, 300));
            (await m.TestId("images").Locator("img").Nth(1).LoadedImageSizeAsync()).ShouldBe((400, 400));
            await Expect(m.TestId("description").Locator("strong")).ToHaveTextAsync("纯棉");
            await run.ShotAsync(m, "product-saved-1366");

            run.Log("the editor on a 360 px phone");
            var mobile = await run.NewActorAsync("merchant-360", Phone);
            var p = mobile.Page;
            await BrowserGiven.SignInAsync(p, run, phone, BrowserGiven.Password);
            await p.GotoAsync(run.Url("/merchant/products/new"));
            await p.Field("Specs[0].Name").FillAsync("颜色");
            await p.Field("Specs[0].Values").FillAsync("红,蓝,白");
            await p.TestId("generate-skus").ClickAsync();
            await Expect(p.TestId("sku-rows").Locator("tbody tr")).ToHaveCountAsync(3);
            await p.Field("Description").FillAsync("**手机上**也能预览");
            await p.TestId("preview-tab").ClickAsync();
            await Expect(p.TestId("description-preview").Locator("strong")).ToHaveTextAsync("手机上");
            (await p.HorizontalOverflowAsync()).ShouldBeLessThanOrEqualTo(0);
            await run.ShotAsync(p, "editor-360");
        });
    }
}
