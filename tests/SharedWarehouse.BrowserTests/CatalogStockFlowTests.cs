using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SharedWarehouse.BrowserTests.Infrastructure;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Contracts;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests;

/// A merchant's product from the first draft to stock on the storefront, in a real browser: publish with a banned
/// term, get rejected by the reviewer, fix and resubmit, get approved, list, build a warehouse, receive stock, and
/// an anonymous visitor sees it available; a blind stocktake then corrects the quantity.
public sealed class CatalogStockFlowTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string XihuDistrict = "330106"; // 浙江省 杭州市 西湖区

    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new() { Width = 1280, Height = 900 } };

    static CatalogStockFlowTests() => SetDefaultExpectTimeout(Patience.PageMilliseconds);

    [Fact]
    public async Task Merchant_publishes_is_rejected_for_a_banned_term_fixes_lists_receives_stock_and_the_storefront_shows_it()
    {
        await using var run = new Scenario(fixture, "catalog", output);
        var phone = "136" + Random.Shared.Next(0, 100_000_000).ToString("D8");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var badName = $"最佳口感酱香酒{suffix}";
        var goodName = $"醇香酱香酒{suffix}";
        var skuCode = "BT-" + suffix.ToUpperInvariant();
        const string reason = "商品名称含有绝对化用语「最佳」，请修改";
        using var uploads = new TempDirectory("sw-browser-uploads-");
        var productPng = Path.Combine(uploads.Path, "product.png");
        await File.WriteAllBytesAsync(productPng, PngWriter.Solid(400, 400, 180, 40, 60));

        await run.RunAsync(async () =>
        {
            // 0. The merchant, made through the real commands (the onboarding flow has its own browser test).
            run.Log($"merchant {phone} is set up through the commands");
            await BrowserGiven.MerchantAsync(fixture, phone, "商品流程店" + suffix);

            var merchant = await run.NewActorAsync("merchant", Desktop);
            var admin = await run.NewActorAsync("admin", Desktop);
            var m = merchant.Page;
            var a = admin.Page;
            await BrowserGiven.SignInAsync(m, run, phone, BrowserGiven.Password);
            await BrowserGiven.SignInAsync(a, run, KestrelAppFactory.AdminPhone, KestrelAppFactory.AdminPassword);

            // 1. The merchant publishes a product whose name carries a banned absolute term.
            run.Log("merchant creates the product");
            await m.GotoAsync(run.Url("/merchant/products"));
            await m.TestId("new-product").ClickAsync();
            await m.TestId("category-search").FillAsync("酒水");
            await m.TestId("category-search").PressAsync("Enter");
            await Expect(m.TestId("attributes")).ToBeVisibleAsync();
            await m.Field("Name").FillAsync(badName);
            await Expect(m.Field("CategoryId").Locator("option:checked")).ToContainTextAsync("酒水");
            await m.Field("Attributes[产地]").FillAsync("贵州仁怀");
            await m.Field("Attributes[酒精度]").FillAsync("53");
            await m.Field("Attributes[净含量]").FillAsync("500");
            await m.Field("Attributes[配料]").FillAsync("高粱、小麦、水");
            await m.Field("Attributes[保质期]").FillAsync("3650");
            await m.Field("Description").FillAsync("**纯粮酿造**，酱香突出。");
            await m.Field("Tags").FillAsync("白酒,酱香");
            await m.Field("Skus[0].Code").FillAsync(skuCode);
            await m.Field("Skus[0].SpecText").FillAsync("500ml");
            await m.Field("Skus[0].RetailPrice").FillAsync("128.00");
            await m.Field("Skus[0].WeightGrams").FillAsync("900");
            await run.ShotAsync(m, "product-form-filled");
            await m.TestId("save-product").ClickAsync();
            await Expect(m).ToHaveURLAsync(new Regex(@"/merchant/products/[0-9a-f-]{36}$"));
            var productId = Guid.Parse(m.Url[^36..]);
            await Expect(m.Locator("h1")).ToContainTextAsync(badName);

            await m.Locator("#images").SetInputFilesAsync(productPng);
            await m.TestId("upload").ClickAsync();
            await Expect(m.TestId("images").Locator("img")).ToHaveCountAsync(1);
            (await m.TestId("images").Locator("img").LoadedImageSizeAsync()).ShouldBe((400, 400));
            await m.TestId("submit").ClickAsync();
            await Expect(m.TestId("status")).ToHaveTextAsync("待审核");
            await run.ShotAsync(m, "product-submitted");

            // 2. The reviewer sees the automatic finding and rejects.
            run.Log("admin rejects the product");
            await a.GotoAsync(run.Url("/admin/products/reviews"));
            var row = a.Locator($"[data-testid='reviews'] tbody tr[data-id='{productId}']");
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row).ToHaveClassAsync(new Regex("table-warning"));
            await Expect(row.TestIdIn("finding-count")).ToBeVisibleAsync();
            await run.ShotAsync(a, "admin-review-queue-finding");
            await row.Locator($"a[href='/admin/products/{productId}']").ClickAsync();
            await Expect(a.TestId("findings").Locator("mark").Filter(new() { HasTextString = "最佳" }).First).ToBeVisibleAsync();
            (await a.TestId("images").Locator("img").LoadedImageSizeAsync()).ShouldBe((400, 400));
            await run.ShotAsync(a, "admin-review-findings");
            await a.Locator("#Reason").FillAsync(reason);
            await a.TestId("reject").ClickAsync();
            await Expect(a.TestId("status")).ToHaveTextAsync("已驳回");
            await run.ShotAsync(a, "admin-rejected");

            // 3. The merchant reads the reason, removes the word and resubmits; the reviewer approves; the merchant lists.
            run.Log("merchant fixes and resubmits");
            await m.ReloadAsync();
            await Expect(m.TestId("status")).ToHaveTextAsync("已驳回");
            await Expect(m.TestId("rejection-reason")).ToContainTextAsync(reason);
            await run.ShotAsync(m, "merchant-sees-rejection");
            await m.TestId("edit").ClickAsync();
            await Expect(m.TestId("rejection-reason")).ToContainTextAsync(reason);
            await Expect(m.Field("Name")).ToHaveValueAsync(badName);
            await m.Field("Name").FillAsync(goodName);
            await m.TestId("save-product").ClickAsync();
            await Expect(m).ToHaveURLAsync(run.Url($"/merchant/products/{productId}"));
            await Expect(m.Locator("h1")).ToContainTextAsync(goodName);
            await m.TestId("submit").ClickAsync();
            await Expect(m.TestId("status")).ToHaveTextAsync("待审核");
            await run.ShotAsync(m, "product-resubmitted");

            run.Log("admin approves");
            await a.GotoAsync(run.Url("/admin/products/reviews"));
            var again = a.Locator($"[data-testid='reviews'] tbody tr[data-id='{productId}']");
            await Expect(again).ToHaveCountAsync(1);
            await Expect(again.TestIdIn("finding-count")).ToHaveCountAsync(0);
            await again.Locator($"a[href='/admin/products/{productId}']").ClickAsync();
            await Expect(a.TestId("no-findings")).ToBeVisibleAsync();
            await a.TestId("approve").ClickAsync();
            await Expect(a.TestId("status")).ToHaveTextAsync("已通过");
            await run.ShotAsync(a, "admin-approved");

            await m.ReloadAsync();
            await Expect(m.TestId("status")).ToHaveTextAsync("已通过");
            await m.TestId("list").ClickAsync();
            await Expect(m.TestId("listing")).ToHaveTextAsync("在售");
            await run.ShotAsync(m, "product-listed");

            // 4. A warehouse with a bin, and 24 units received into it.
            run.Log("merchant builds a warehouse and receives stock");
            await m.GotoAsync(run.Url("/merchant/warehouses"));
            await m.TestId("new-warehouse").ClickAsync();
            await m.Field("Name").FillAsync("西湖仓" + suffix);
            (await m.RegionPicker("所在地区").PickRegionAsync("浙江省", "杭州市", "西湖区")).ShouldBe(XihuDistrict);
            await m.Field("Address").FillAsync("文三路 100 号");
            await m.TestId("warehouse-form").Locator("button[type='submit']").ClickAsync();
            await Expect(m).ToHaveURLAsync(new Regex(@"/merchant/warehouses/[0-9a-f-]{36}$"));
            var warehouseId = m.Url[^36..];
            await m.Field("Zone").FillAsync("A");
            await m.Field("Code").FillAsync("A-01-01");
            await m.TestId("bin-form").Locator("button[type='submit']").ClickAsync();
            await Expect(m.TestId("bins").Locator("tbody tr")).ToHaveCountAsync(1);
            await run.ShotAsync(m, "warehouse-with-bin");

            await m.GotoAsync(run.Url($"/merchant/receipts/new?warehouseId={warehouseId}"));
            await m.Field("Supplier").FillAsync("仁怀酒厂");
            await m.Field("BinId").SelectOptionAsync(new SelectOptionValue { Label = "A / A-01-01" });
            await m.Field("SkuCode").FillAsync(skuCode);
            await m.Field("Quantity").FillAsync("24");
            await m.Field("Lot").FillAsync("L" + suffix);
            await m.Field("ProductionDate").FillAsync("2026-10-01");
            await m.Field("UnitCost").FillAsync("60.00");
            await run.ShotAsync(m, "receipt-filled");
            await m.TestId("post").ClickAsync();
            await Expect(m).ToHaveURLAsync(new Regex(@"/merchant/receipts(\?.*)?$"));
            await run.ShotAsync(m, "receipt-posted");

            // 5. An anonymous visitor sees the product available, 24 units.
            run.Log("visitor opens the product page");
            var visitor = await run.NewActorAsync("visitor", Desktop);
            var v = visitor.Page;
            await v.GotoAsync(run.Url($"/products/{productId}"));
            await Expect(v.TestId("product-name")).ToHaveTextAsync(goodName);
            await Expect(v.TestId("not-available")).ToHaveCountAsync(0);
            await Expect(v.Locator($"[data-sku-detail][data-code='{skuCode}'] [data-testid='available']")).ToHaveTextAsync("24");
            (await v.Locator("[data-testid='gallery'] img").First.LoadedImageSizeAsync()).ShouldBe((400, 400));
            await run.ShotAsync(v, "storefront-available");

            // 6. A blind stocktake of zone A finds one bottle missing; after approval 23 are available.
            run.Log("merchant counts zone A blind and approves the variance");
            await m.GotoAsync(run.Url($"/merchant/stocktakes/new?warehouseId={warehouseId}"));
            await m.Field("Zone").FillAsync("A");
            await m.TestId("stocktake-form").Locator("button[type='submit']").ClickAsync();
            await Expect(m.TestId("status")).ToHaveTextAsync("盘点中");
            await Expect(m.TestId("expected")).ToHaveCountAsync(0);
            var count = m.Locator($"tr[data-sku='{skuCode}'] input");
            await count.FillAsync("23");
            await run.ShotAsync(m, "stocktake-blind-count");
            await m.Locator("button[value='submit']").ClickAsync();
            await Expect(m.TestId("status")).ToHaveTextAsync("待审核");
            await Expect(m.TestId("variance")).ToHaveTextAsync("-1");
            await run.ShotAsync(m, "stocktake-variance");
            await m.TestId("approve-form").Locator("button").ClickAsync();
            await Expect(m.TestId("status")).ToHaveTextAsync("已过账");
            await v.ReloadAsync();
            await Expect(v.Locator($"[data-sku-detail][data-code='{skuCode}'] [data-testid='available']")).ToHaveTextAsync("23");

            var errors = run.BrowserErrors.ToList();
            errors.ShouldBeEmpty("the pages logged errors: " + string.Join("; ", errors));

            await VerifyStockAsync(productId, skuCode, 23);
        });
    }

    /// The database agrees with the page.
    private async Task VerifyStockAsync(Guid productId, string skuCode, long expected)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var details = await sender.Send(new SharedWarehouse.Modules.Catalog.Features.Storefront.GetStorefrontProduct(productId));
        details.ShouldNotBeNull();
        var sku = details.Skus.Single(s => s.Code == skuCode);
        var stock = scope.ServiceProvider.GetRequiredService<IStockAvailability>();
        var available = await stock.AvailableAsync([sku.Id], CancellationToken.None);
        available.GetValueOrDefault(sku.Id).ShouldBe(expected);
    }
}

internal static class LocatorTestIds
{
    public static ILocator TestIdIn(this ILocator scope, string id) => scope.Locator($"[data-testid='{id}']");
}
