using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SharedWarehouse.BrowserTests.Infrastructure;
using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests;

/// A merchant drops in Taobao's two reports as 千牛 downloads them (GBK CSV, guarded ids), checks the preview, imports,
/// and once an order has shipped downloads the tracking file for Taobao's 批量发货 with the 19-digit ids intact.
public sealed class DropshipImportFlowTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    static DropshipImportFlowTests() => SetDefaultExpectTimeout(Patience.PageMilliseconds);

    [Fact]
    public async Task A_merchant_imports_a_taobao_export_as_downloaded_and_later_downloads_the_tracking_file()
    {
        await using var run = new Scenario(fixture, "dropship-import", output);
        var phone = BrowserGiven.NewPhone();
        await run.RunAsync(async () =>
        {
            var owner = await BrowserGiven.MerchantAsync(fixture, phone, "淘宝代发店" + phone[^4..]);
            Guid shopId;
            await using (var scope = fixture.App.Services.CreateAsyncScope())
                shopId = (await scope.ServiceProvider.GetRequiredService<IMerchantDirectory>().FindShopOfOwnerAsync(owner, default))!.ShopId;
            var ids = MarketplaceFiles.Ids.New();

            var merchant = await run.NewActorAsync("merchant", new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
            var m = merchant.Page;
            await BrowserGiven.SignInAsync(m, run, phone, BrowserGiven.Password);
            await m.GotoAsync(run.Url("/merchant/dropship"));
            await m.Locator("#files").SetInputFilesAsync(new[]
            {
                new FilePayload { Name = "ExportOrderList202611231001.csv", MimeType = "text/csv", Buffer = MarketplaceFiles.TaobaoOrders(ids) },
                new FilePayload { Name = "ExportOrderDetailList202611231001.csv", MimeType = "text/csv", Buffer = MarketplaceFiles.TaobaoItems(ids) },
            });
            await m.TestId("import-form").Locator("button[type='submit']").ClickAsync();

            await Expect(m).ToHaveURLAsync(new Regex("/merchant/dropship/import/[0-9a-f-]{36}$"));
            await Expect(m.TestId("layout")).ToHaveTextAsync("淘宝/天猫 订单报表 + 宝贝报表");
            await Expect(m.TestId("order-count")).ToHaveTextAsync("2");
            var first = m.Locator($"[data-testid='preview-orders'] tr[data-order='{ids.A}']");
            await Expect(first.Locator("[data-testid='region']")).ToHaveTextAsync("海南省 三沙市 西沙区");
            await Expect(first.Locator("[data-testid='phone']")).ToHaveTextAsync("17012345678-1234");
            await Expect(first.Locator("[data-testid='variant']")).ToHaveTextAsync("黑色 XL");
            await Expect(m.Locator("[data-testid='preview-orders'] tr[data-order]")).ToHaveCountAsync(2);
            await Expect(m.Locator("[data-testid='issues'] tr[data-kind='Skipped']")).ToHaveCountAsync(3);
            await Expect(m.Locator("[data-testid='issues'] tr[data-kind='Skipped']").First).ToContainTextAsync("不是待发货");
            (await DropshipTestOrders.QueryAsync(fixture.App.Services, db => db.Orders.CountAsync(o => o.ShopId == shopId))).ShouldBe(0);
            await run.ShotAsync(m, "preview");

            await m.TestId("confirm").ClickAsync();
            await Expect(m.TestId("import-report")).ToContainTextAsync("新建 2 个订单，忽略重复 0 个，未导入 0 个。");
            await run.ShotAsync(m, "imported");
            await m.GotoAsync(run.Url("/merchant/dropship"));
            await Expect(m.TestId("dropship-orders")).ToContainTextAsync(ids.A);

            // Later the order ships (picked at a stall, received, sent with a waybill), and the tracking goes back to Taobao.
            var orderId = await DropshipTestOrders.QueryAsync(fixture.App.Services, db => db.Orders.Where(o => o.ShopId == shopId && o.ExternalOrderId == ids.A)
                .Select(o => o.Id).SingleAsync());
            await DropshipTestOrders.ShipAsync(fixture.App.Services, orderId, "中通快递", "ZT75281900123456");
            await m.ReloadAsync();
            await Expect(m.Locator("#platform")).ToHaveValueAsync("Taobao");
            await Expect(m.Locator("#format")).ToHaveValueAsync("xlsx");
            var download = await m.RunAndWaitForDownloadAsync(() => m.TestId("export-form").Locator("button[type='submit']").ClickAsync());
            download.SuggestedFilename.ShouldEndWith(".xlsx");
            var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);

            var table = SheetReader.Read(bytes, new SheetSpec(["订单编号", "物流公司", "运单号"], ["订单编号"])).Table.ShouldNotBeNull();
            table.Header.ShouldBe(["订单编号", "物流公司", "运单号"]);
            table.Rows.Select(r => (table.Cell(r, "订单编号"), table.Cell(r, "物流公司"), table.Cell(r, "运单号")))
                .ShouldBe([(ids.A, "中通快递", "ZT75281900123456")]);
            // Stored as text, not as a number Excel would show as 3.79653E+18 and round on saving.
            TypeOfCell(bytes, "A2").ShouldBeOneOf("s", "inlineStr", "str");
            run.BrowserErrors.ShouldBeEmpty();
        });
    }

    /// The t attribute of a cell in the first worksheet (absent: a number).
    private static string TypeOfCell(byte[] xlsx, string reference)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        using var reader = new StreamReader(sheet.Open());
        var cell = Regex.Match(reader.ReadToEnd(), $"<c [^>]*r=\"{reference}\"[^>]*>");
        cell.Success.ShouldBeTrue($"no cell {reference}");
        return Regex.Match(cell.Value, "\\bt=\"([^\"]+)\"").Groups[1].Value;
    }
}
