using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SharedWarehouse.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests;

/// The back offices as their people use them, at 1366 px on a desk and 360 px on a phone: every page of the
/// merchant's and the platform's menu fits the width (no sideways scrolling of the page), the sidebar is there on a
/// desk and opens from the top bar on a phone, and its entries take you where they say.
public sealed class BackOfficeShellTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Desk = new() { ViewportSize = new() { Width = 1366, Height = 900 } };
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 360, Height = 780 }, IsMobile = true, HasTouch = true };

    static BackOfficeShellTests() => SetDefaultExpectTimeout(Patience.PageMilliseconds);

    [Fact]
    public async Task Every_back_office_page_fits_a_desk_and_a_phone_and_the_sidebar_leads_to_it()
    {
        await using var run = new Scenario(fixture, "shell", output);
        var phone = BrowserGiven.NewPhone();
        await run.RunAsync(async () =>
        {
            await BrowserGiven.MerchantAsync(fixture, phone, "外壳测试店" + phone[^4..]);
            foreach (var (who, signIn, password, home) in new[]
                     { ("merchant", phone, BrowserGiven.Password, "/merchant"), ("admin", KestrelAppFactory.AdminPhone, KestrelAppFactory.AdminPassword, "/admin") })
            {
                var desk = await run.NewActorAsync($"{who}-desk", Desk);
                await BrowserGiven.SignInAsync(desk.Page, run, signIn, password);
                await desk.Page.GotoAsync(run.Url(home));
                var menu = desk.Page.TestId("side-menu");
                await Expect(menu).ToBeVisibleAsync();
                var pages = await menu.Locator("a.bo-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
                pages.Length.ShouldBeGreaterThan(8, $"{who}'s menu");
                run.Log($"{who}: {pages.Length} pages in the menu");

                var mobile = await run.NewActorAsync($"{who}-phone", Phone);
                await BrowserGiven.SignInAsync(mobile.Page, run, signIn, password);
                foreach (var (actor, width) in new[] { (desk, 1366), (mobile, 360) })
                    foreach (var path in pages)
                    {
                        await actor.Page.GotoAsync(run.Url(path));
                        await Expect(actor.Page.TestId("bo-topbar")).ToBeVisibleAsync();
                        var overflow = await actor.Page.HorizontalOverflowAsync();
                        overflow.ShouldBeLessThanOrEqualTo(0, $"{path} at {width} px scrolls sideways by {overflow} px");
                    }
                await run.ShotAsync(desk.Page, $"{who}-last-page-1366", fullPage: false);

                // On a phone the menu is off-canvas: the top bar's button opens it, an entry navigates.
                var p = mobile.Page;
                await p.GotoAsync(run.Url(home));
                await Expect(p.TestId("side-menu")).Not.ToBeInViewportAsync();
                await p.TestId("sidebar-toggle").ClickAsync();
                await Expect(p.TestId("side-menu")).ToBeInViewportAsync();
                await run.ShotAsync(p, $"{who}-menu-360", fullPage: false);
                var target = pages[^1];
                await p.Locator($"#bo-sidebar a.bo-link[href='{target}']").ClickAsync();
                await Expect(p).ToHaveURLAsync(new Regex(Regex.Escape(target) + "$"));
                await Expect(p.Locator($"#bo-sidebar a[aria-current='page'][href='{target}']")).ToHaveCountAsync(1);
                await run.ShotAsync(p, $"{who}-page-360", fullPage: false);
            }
        });
    }

    /// A visitor and a buyer on a phone: the storefront's main pages fit 360 px too (the product page's SKU table
    /// once pushed it 108 px wider), and a product is bought through the buy bar, the chooser sheet and the stepper.
    [Fact]
    public async Task The_storefront_fits_a_phone()
    {
        await using var run = new Scenario(fixture, "storefront-phone", output);
        var phone = BrowserGiven.NewPhone();
        var suffix = phone[^4..];
        await run.RunAsync(async () =>
        {
            var ownerPhone = BrowserGiven.NewPhone();
            var owner = await BrowserGiven.MerchantAsync(fixture, ownerPhone, "手机测试店" + suffix);
            var product = await BrowserGiven.SellableProductAsync(fixture, owner, "手机页白酒" + suffix, "PH-" + suffix, "268.00", 12);
            await BrowserGiven.BuyerAsync(fixture, phone);
            var buyer = await run.NewActorAsync("buyer", Phone);
            var p = buyer.Page;
            foreach (var path in new[] { "/", $"/products/{product}", "/search?q=%E7%99%BD%E9%85%92", "/cart" })
            {
                await p.GotoAsync(run.Url(path));
                var overflow = await p.HorizontalOverflowAsync();
                overflow.ShouldBeLessThanOrEqualTo(0, $"{path} at 360 px scrolls sideways by {overflow} px");
            }
            await BrowserGiven.SignInAsync(p, run, phone, BrowserGiven.Password);
            foreach (var path in new[] { "/orders", "/account/addresses", "/inbox", $"/products/{product}" })
            {
                await p.GotoAsync(run.Url(path));
                var overflow = await p.HorizontalOverflowAsync();
                overflow.ShouldBeLessThanOrEqualTo(0, $"{path} at 360 px scrolls sideways by {overflow} px");
            }
            await run.ShotAsync(p, "product-360");

            // Buying on a phone: the chooser is a sheet opened from the buy bar fixed to the bottom; the stepper
            // keeps the quantity within what can be sold; 立即购买 adds it and goes straight to checkout.
            await Expect(p.TestId("add-to-cart")).Not.ToBeVisibleAsync();
            await Expect(p.TestId("buy-bar")).ToBeInViewportAsync();
            await p.TestId("buy-bar-buy").ClickAsync();
            await Expect(p.TestId("add-to-cart")).ToBeVisibleAsync();
            var quantity = p.Locator("#buy-qty");
            await quantity.FillAsync("99");
            await quantity.DispatchEventAsync("change");
            await Expect(quantity).ToHaveValueAsync("12");
            await Expect(p.Locator("[data-step='1']")).ToBeDisabledAsync();
            await p.Locator("[data-step='-1']").ClickAsync();
            await Expect(quantity).ToHaveValueAsync("11");
            await run.ShotAsync(p, "product-sheet-360", fullPage: false);
            await p.TestId("buy-now-submit").ClickAsync();
            await Expect(p).ToHaveURLAsync(run.Url("/checkout"));
            await Expect(p.TestId("shop")).ToContainTextAsync("手机页白酒" + suffix);
            await Expect(p.TestId("shop")).ToContainTextAsync("× 11");

            // On a desk, in English (the longest labels), a merchant's storefront header holds its links, search,
            // language and account on one line without widening the page.
            var desk = await run.NewActorAsync("merchant-desk", new() { ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "en-US" });
            await desk.Context.AddCookiesAsync([new() { Name = ".AspNetCore.Culture", Value = "c%3Den-US%7Cuic%3Den-US", Url = run.BaseUrl }]);
            await desk.Page.GotoAsync(run.Url("/account/login"));
            await desk.Page.Field("Phone").FillAsync(ownerPhone);
            await desk.Page.Field("Password").FillAsync(BrowserGiven.Password);
            await desk.Page.Locator("main form button[type='submit']").ClickAsync();
            await Expect(desk.Page.TestId("signed-in-as")).ToBeVisibleAsync();
            foreach (var path in new[] { "/", "/account" })
            {
                await desk.Page.GotoAsync(run.Url(path));
                var overflow = await desk.Page.HorizontalOverflowAsync();
                overflow.ShouldBeLessThanOrEqualTo(0, $"{path} at 1366 px in English scrolls sideways by {overflow} px");
            }
            await Expect(desk.Page.Locator("[data-testid='main-menu'] [data-testid='back-office-link']")).ToHaveTextAsync("Merchant centre");
            await run.ShotAsync(desk.Page, "account-1366-en", fullPage: false);
        });
    }

    /// A destructive action asks first, in a dialog stating its effect: cancelling changes nothing, confirming does
    /// it and the page says so.
    [Fact]
    public async Task Deleting_asks_first_and_cancelling_keeps_everything()
    {
        await using var run = new Scenario(fixture, "confirm", output);
        var phone = BrowserGiven.NewPhone();
        await run.RunAsync(async () =>
        {
            var buyerId = await BrowserGiven.BuyerAsync(fixture, phone);
            await BrowserGiven.AddressAsync(fixture, buyerId, "确认测试");
            var buyer = await run.NewActorAsync("buyer", Phone);
            var p = buyer.Page;
            await BrowserGiven.SignInAsync(p, run, phone, BrowserGiven.Password);
            await p.GotoAsync(run.Url("/account/addresses"));
            var address = p.Locator("[data-testid='addresses'] li").Filter(new() { HasTextString = "确认测试" });
            await Expect(address).ToHaveCountAsync(1);

            await address.Locator("form[data-confirm] button").ClickAsync();
            var dialog = p.TestId("confirm-dialog");
            await Expect(dialog).ToBeVisibleAsync();
            await Expect(dialog.Locator(".modal-body")).ToHaveTextAsync("删除这个收货地址？");
            await run.ShotAsync(p, "confirm-dialog", fullPage: false);
            await dialog.Locator("[data-bs-dismiss='modal']").ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();
            await p.ReloadAsync();
            await Expect(address).ToHaveCountAsync(1);

            await address.Locator("form[data-confirm] button").ClickAsync();
            await p.TestId("confirm-ok").ClickAsync();
            await Expect(p.TestId("flash")).ToHaveTextAsync("地址已删除");
            await Expect(address).ToHaveCountAsync(0);
        });
    }
}
