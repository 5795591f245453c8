using Microsoft.Playwright;
using SharedWarehouse.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests;

/// A merchant keys in a phone order for an offline buyer in a real browser (region picker, SKU pick list, a
/// negotiated price, a wrong quantity corrected after the error), ships it from the desk and marks it delivered.
public sealed class OfflineOrderFlowTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    static OfflineOrderFlowTests() => SetDefaultExpectTimeout(Patience.PageMilliseconds);

    [Fact]
    public async Task A_merchant_keys_in_an_offline_order_corrects_a_shortage_ships_it_and_marks_it_delivered()
    {
        await using var run = new Scenario(fixture, "offline-order", output);
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var phone = BrowserGiven.NewPhone();
        var code = "XX-" + suffix;

        await run.RunAsync(async () =>
        {
            var owner = await BrowserGiven.MerchantAsync(fixture, phone, "线下酒行" + suffix);
            await BrowserGiven.SellableProductAsync(fixture, owner, "线下白酒" + suffix, code, "128.00", 5);
            var merchant = await run.NewActorAsync("merchant", new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
            var m = merchant.Page;
            await BrowserGiven.SignInAsync(m, run, phone, BrowserGiven.Password);
            await m.GotoAsync(run.Url("/merchant/orders"));
            await m.TestId("new-offline").ClickAsync();

            await m.Locator("#BuyerName").FillAsync("王五");
            await m.Locator("#Phone").FillAsync("13812345678");
            (await m.RegionPicker("所在地区").PickRegionAsync("浙江省", "杭州市", "西湖区")).ShouldBe(BrowserGiven.XihuDistrict);
            await m.Locator("#Detail").FillAsync("文三路 1 号");
            await m.Locator("#Lines_0__SkuCode").FillAsync(code);
            await m.Locator("#Lines_0__Quantity").FillAsync("6");
            await m.Locator("#Lines_0__UnitPrice").FillAsync("120");
            await m.Locator("#ShippingFee").FillAsync("15");
            await m.Locator("#Discount").FillAsync("5");
            await m.Locator("#PaymentReference").FillAsync("RC-001");
            await m.TestId("key-in").ClickAsync();

            await Expect(m.Locator("[data-valmsg-for='Lines[0].Quantity']")).ToHaveTextAsync("库存不足，本店可售 5 件");
            await Expect(m.Locator("#Lines_0__UnitPrice")).ToHaveValueAsync("120");
            await run.ShotAsync(m, "offline-shortage");
            await m.Locator("#Lines_0__Quantity").FillAsync("2");
            await m.TestId("key-in").ClickAsync();

            await Expect(m.TestId("offline")).ToHaveTextAsync("线下订单");
            await Expect(m.TestId("status")).ToHaveTextAsync("待发货");
            await Expect(m.TestId("sub-total")).ToHaveTextAsync("¥250.00");
            await m.Locator("#Carrier").SelectOptionAsync("SF");
            await m.TestId("ship").ClickAsync();
            await Expect(m.TestId("status")).ToHaveTextAsync("已发货");
            await m.TestId("delivered").ClickAsync();
            await Expect(m.TestId("status")).ToHaveTextAsync("已收货");
            await run.ShotAsync(m, "offline-delivered");
        });
    }
}
