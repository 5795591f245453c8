using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SharedWarehouse.BrowserTests.Infrastructure;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests;

/// Rental in a real browser: the merchant offers a product for rent and adds a unit on its pages; a buyer on a phone books
/// four days and pays on the gateway's page; the merchant hands the unit over, the app's clock moves on, the unit comes back
/// two days late; the buyer gets the deposit back less two days' late fee (checked in the database, and read in English).
public sealed class RentalFlowTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new() { Width = 1366, Height = 900 } };
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 360, Height = 800 }, IsMobile = true, HasTouch = true };

    static RentalFlowTests() => SetDefaultExpectTimeout(Patience.PageMilliseconds);

    [Fact]
    public async Task A_rental_booked_on_a_phone_and_returned_two_days_late_refunds_the_deposit_less_the_late_fee()
    {
        await using var run = new Scenario(fixture, "rental-late-return", output);
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (merchantPhone, buyerPhone) = (BrowserGiven.NewPhone(), BrowserGiven.NewPhone());

        await run.RunAsync(async () =>
        {
            run.Log("a merchant with an approved product in its warehouse, and a buyer, set up through the commands");
            var owner = await BrowserGiven.MerchantAsync(fixture, merchantPhone, "租赁行" + suffix);
            await BrowserGiven.SellableProductAsync(fixture, owner, "相机" + suffix, "CAM-" + suffix, "5999.00", 1);
            await BrowserGiven.BuyerAsync(fixture, buyerPhone);

            // 1. The merchant makes it a rental item (¥100/day, ¥500/week, deposit ¥800, ¥50/day late) and adds one unit.
            var merchant = await run.NewActorAsync("merchant", Desktop);
            var m = merchant.Page;
            await BrowserGiven.SignInAsync(m, run, merchantPhone, BrowserGiven.Password);
            await m.GotoAsync(run.Url("/merchant/rental-items"));
            var form = m.TestId("item-form");
            await form.Locator("#SkuId").SelectOptionAsync(new SelectOptionValue { Label = $"相机{suffix} 500ml (CAM-{suffix})" });
            await form.Locator("#DayPrice").FillAsync("100");
            await form.Locator("#WeekPrice").FillAsync("500");
            await form.Locator("#Deposit").FillAsync("800");
            await form.Locator("#LateFeePerDay").FillAsync("五十");
            await form.Locator("button[type='submit']").ClickAsync();
            await Expect(m.FieldError("LateFeePerDay")).ToHaveTextAsync("请填写正确的金额（元，最多两位小数）");
            await Expect(m.Locator("#Deposit")).ToHaveValueAsync("800");
            await m.Locator("#LateFeePerDay").FillAsync("50");
            await m.TestId("item-form").Locator("button[type='submit']").ClickAsync();
            await Expect(m.TestId("no-units")).ToBeVisibleAsync();
            await m.Locator("#Serial").FillAsync("a7-" + suffix);
            await m.Locator("#WarehouseId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await m.TestId("unit-form").Locator("button[type='submit']").ClickAsync();
            await Expect(m.TestId("units").Locator("li")).ToHaveCountAsync(1);
            await run.ShotAsync(m, "rental-item");

            // 2. The buyer, on a phone, finds it, picks four days, sees the rent, books and pays on the gateway's page.
            var today = ChinaTime.Today(fixture.App.Clock);
            var (start, end) = (today.AddDays(1), today.AddDays(5));
            var buyer = await run.NewActorAsync("buyer", Phone);
            var b = buyer.Page;
            await BrowserGiven.SignInAsync(b, run, buyerPhone, BrowserGiven.Password);
            await b.GotoAsync(run.Url("/rentals"));
            await b.TestId("rental-item").Filter(new() { HasTextString = "相机" + suffix }).ClickAsync();
            await Expect(b.TestId("calendar").Locator("[data-free='1']")).ToHaveCountAsync(42);
            await b.Locator("#quote-start").FillAsync(start.ToString("yyyy-MM-dd"));
            await b.Locator("#quote-end").FillAsync(end.ToString("yyyy-MM-dd"));
            await b.TestId("quote-form").Locator("button[type='submit']").ClickAsync();
            await Expect(b.TestId("quote")).ToContainTextAsync("¥400.00");
            (await b.HorizontalOverflowAsync()).ShouldBe(0, "the item page fits the phone");
            await run.ShotAsync(b, "rental-item-page");
            await b.TestId("book").ClickAsync();
            await Expect(b.TestId("rental-status")).ToHaveTextAsync("待付款");
            await Expect(b.TestId("unit-serial")).ToHaveTextAsync("A7-" + suffix);
            await b.TestId("pay").ClickAsync();
            await Expect(b.TestId("pay-page")).ToBeVisibleAsync();
            await Expect(b.TestId("amount")).ToContainTextAsync("¥1,200.00");
            await b.Locator("button[value='Success']").ClickAsync();
            await Expect(b).ToHaveURLAsync(new Regex("/rentals/bookings/[0-9a-f-]{36}$"));
            var bookingUrl = b.Url;
            await b.ReloadUntilTextAsync("rental-status", "待交付");
            (await b.HorizontalOverflowAsync()).ShouldBe(0, "the booking page fits the phone");

            // 3. Pick-up day: the merchant's home page lists it to hand over; the unit goes out.
            fixture.App.Clock.Advance(TimeSpan.FromDays(1));
            await m.GotoAsync(run.Url("/merchant"));
            await m.Locator("a[href='/merchant/rentals?filter=ToHandOver']").First.ClickAsync();
            await m.TestId("rentals").Locator("li a").First.ClickAsync();
            await m.TestId("hand-over").ClickAsync();
            await Expect(m.TestId("rental-status")).ToHaveTextAsync("租用中");

            // 4. Due back after four days, it comes back after six: the desk shows it overdue, the return settles it.
            fixture.App.Clock.Advance(TimeSpan.FromDays(6));
            await m.GotoAsync(run.Url("/merchant/rentals?filter=Overdue"));
            await Expect(m.TestId("rentals").Locator("li")).ToHaveCountAsync(1);
            await m.TestId("rentals").Locator("li a").First.ClickAsync();
            await m.Locator("#return-Damage").FillAsync("-5");
            await m.TestId("record-return").ClickAsync();
            await Expect(m.Locator("#return-Damage-error")).ToHaveTextAsync("请填写正确的金额（元，最多两位小数）");
            await Expect(m.TestId("rental-status")).ToHaveTextAsync("租用中");
            await m.Locator("#return-Damage").FillAsync("");
            await m.TestId("record-return").ClickAsync();
            await Expect(m.TestId("rental-status")).ToHaveTextAsync("已完成");
            await Expect(m.TestId("late-fee")).ToHaveTextAsync("¥100.00");
            await Expect(m.TestId("deposit-refund")).ToHaveTextAsync("¥700.00");
            await run.ShotAsync(m, "rental-returned");

            // 5. The buyer sees the refund and the whole history, also in English.
            await b.GotoAsync(bookingUrl);
            await Expect(b.TestId("refunded")).ToHaveTextAsync("¥700.00");
            foreach (var step in new[] { "预订", "支付租金和押金", "交付租赁品", "归还租赁品", "租赁结算：退回押金" })
                await Expect(b.TestId("timeline")).ToContainTextAsync(step);
            await buyer.Context.AddCookiesAsync([new() { Name = ".AspNetCore.Culture", Value = "c%3Den-US%7Cuic%3Den-US", Url = run.BaseUrl }]);
            await b.ReloadAsync();
            await Expect(b.TestId("rental-status")).ToHaveTextAsync("Completed");
            await Expect(b.TestId("settlement")).ToContainTextAsync("2 days late");
            (await b.HorizontalOverflowAsync()).ShouldBe(0, "the English booking page fits the phone");
            await run.ShotAsync(b, "rental-settled-en");

            var errors = run.BrowserErrors.ToList();
            errors.ShouldBeEmpty("the pages logged errors: " + string.Join("; ", errors));
            await VerifyAsync(new Uri(bookingUrl).Segments[^1]);
        });
    }

    /// The database agrees: the booking closed two days late with ¥100 taken, and exactly one refund of ¥700 reached the gateway.
    private async Task VerifyAsync(string bookingId)
    {
        var id = Guid.Parse(bookingId);
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var rental = await scope.ServiceProvider.GetRequiredService<RentalDbContext>().Bookings.AsNoTracking().SingleAsync(x => x.Id == id);
        (rental.Status, rental.LateDays, rental.LateFeeFen, rental.DepositRefundFen, rental.RentFen).ShouldBe((RentalStatus.Closed, 2, 10000L, 70000L, 40000L));
        var payments = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        await Patience.UntilAsync(async () => await payments.Payments.Where(p => p.OrderId == id).SelectMany(p => p.Refunds).CountAsync() == 1,
            "the refund reaching the gateway", 500);
        (await payments.Payments.Where(p => p.OrderId == id).SelectMany(p => p.Refunds).Select(r => r.AmountFen).ToListAsync()).ShouldBe([70000L]);
    }
}
