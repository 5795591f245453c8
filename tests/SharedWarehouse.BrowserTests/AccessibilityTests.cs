using Microsoft.Playwright;
using SharedWarehouse.BrowserTests.Infrastructure;
using SharedWarehouse.Modules.Catalog.Features.Storefront;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Cart;
using SharedWarehouse.Modules.Ordering.Features.Checkout;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests;

/// Every page of every role, at 1366 px on a desk and 360 px on a phone, has no critical or serious axe-core
/// finding (WCAG 2 A/AA); a form sent back with errors puts the focus on the first wrong field, which names its
/// message; a submit button shows that it is working and a double click posts once.
public sealed class AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Desk = new() { ViewportSize = new() { Width = 1366, Height = 900 } };
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 360, Height = 780 }, IsMobile = true, HasTouch = true };

    static AccessibilityTests() => SetDefaultExpectTimeout(Patience.PageMilliseconds);

    [Fact]
    public async Task Every_page_of_every_role_has_no_critical_or_serious_axe_finding_on_a_desk_and_a_phone()
    {
        await using var run = new Scenario(fixture, "a11y", output);
        var suffix = Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
        var (merchantPhone, buyerPhone, pickerPhone) = (BrowserGiven.NewPhone(), BrowserGiven.NewPhone(), BrowserGiven.NewPhone());
        var findings = new List<AxeFinding>();
        await run.RunAsync(async () =>
        {
            // Data so that the pages show their tables, cards and forms, not only their empty states.
            var owner = await BrowserGiven.MerchantAsync(fixture, merchantPhone, "无障碍店" + suffix);
            var product = await BrowserGiven.SellableProductAsync(fixture, owner, "无障碍白酒" + suffix, "AX-" + suffix, "99.00", 20);
            var buyer = await BrowserGiven.BuyerAsync(fixture, buyerPhone);
            var address = await BrowserGiven.AddressAsync(fixture, buyer, "无障碍");
            var sku = (await BrowserGiven.SendAsync(fixture, new GetStorefrontProduct(product)))!.Skus.First().Id;
            (await BrowserGiven.SendAsync(fixture, new AddToCart(CartItem.ForUser(buyer), sku, 1))).Errors.ShouldBeEmpty();
            var order = await BrowserGiven.SendAsync(fixture, new PlaceOrder(buyer, Guid.NewGuid(), address, DeliveryMethod.Express, PayBy.Online,
                InvoiceKind.None, null, null, null));
            order.Errors.ShouldBeEmpty();
            (await BrowserGiven.SendAsync(fixture, new AddToCart(CartItem.ForUser(buyer), sku, 2))).Errors.ShouldBeEmpty();
            await PickerGiven.PickerAsync(fixture, pickerPhone, "小王");
            await PickerGiven.TaskAsync(fixture, "四季青市场", "一楼", 1, "A-101", "无障碍衬衫");

            var visitorPages = new[] { "/", "/search?q=%E7%99%BD%E9%85%92", $"/products/{product}", "/account/login", "/account/register", "/cart", "/rentals" };
            var buyerPages = new[] { "/cart", "/checkout", "/orders", $"/orders/{order.Value.OrderId}", "/account", "/account/addresses", "/account/reviews", "/after-sales", "/repairs", "/rentals/my", "/inbox" };
            var roles = new (string Role, string? Phone, string Password, string[]? Pages, string Home)[]
            {
                ("visitor", null, "", visitorPages, "/"),
                ("buyer", buyerPhone, BrowserGiven.Password, buyerPages, "/account"),
                ("merchant", merchantPhone, BrowserGiven.Password, null, "/merchant"),
                ("admin", KestrelAppFactory.AdminPhone, KestrelAppFactory.AdminPassword, null, "/admin"),
                ("picker", pickerPhone, BrowserGiven.Password, ["/picker"], "/picker"),
            };
            foreach (var (role, signIn, password, listed, home) in roles)
            {
                var desk = await run.NewActorAsync($"{role}-desk", Desk);
                var phone = await run.NewActorAsync($"{role}-phone", Phone);
                if (signIn is not null)
                {
                    await BrowserGiven.SignInAsync(desk.Page, run, signIn, password);
                    await BrowserGiven.SignInAsync(phone.Page, run, signIn, password);
                }
                var pages = listed ?? await SidebarPagesAsync(desk.Page, run, home);
                var before = findings.Count;
                foreach (var (actor, width) in new[] { (desk, 1366), (phone, 360) })
                {
                    foreach (var path in pages)
                    {
                        var response = await actor.Page.GotoAsync(run.Url(path));
                        response!.Ok.ShouldBeTrue($"{role} at {path}: HTTP {response.Status}");
                        findings.AddRange(await actor.Page.BlockingFindingsAsync(role, width, path));
                    }
                    await actor.Page.GotoAsync(run.Url(home));
                    await run.ShotAsync(actor.Page, $"{role}-{width}", fullPage: false);
                }
                run.Log($"{role}: {pages.Length} pages × 2 widths, {findings.Count - before} critical/serious findings");
            }
            foreach (var finding in findings) run.Log(finding.ToString());
            findings.ShouldBeEmpty($"axe found {findings.Count} critical or serious problems:\n" + string.Join("\n", findings));
        });
    }

    /// Registration sent back with errors puts the focus on its first wrong field, which names its message; saving an
    /// address with a double click while the server is slow posts once, and the button says it is working meanwhile;
    /// the language button (its name and value are what is posted) still switches the language.
    [Fact]
    public async Task Errors_take_the_focus_and_a_double_click_submits_once()
    {
        await using var run = new Scenario(fixture, "a11y-forms", output);
        var phone = BrowserGiven.NewPhone();
        await run.RunAsync(async () =>
        {
            var visitor = await run.NewActorAsync("visitor", Phone);
            var p = visitor.Page;
            await p.GotoAsync(run.Url("/account/register"));
            await p.Field("Phone").FillAsync("123");
            await p.Field("Password").FillAsync(BrowserGiven.Password);
            await p.Field("ConfirmPassword").FillAsync("Other1234");
            await p.TestId("register").ClickAsync();
            await Expect(p.FieldError("Phone")).ToBeVisibleAsync();
            await Expect(p.Field("Phone")).ToBeFocusedAsync();
            await Expect(p.Field("Phone")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(p.Field("Phone")).ToHaveAccessibleDescriptionAsync(await p.FieldError("Phone").InnerTextAsync());
            await run.ShotAsync(p, "register-error-focus-360", fullPage: false);

            await p.Locator(".navbar-toggler").ClickAsync();
            await p.TestId("culture-switch").ClickAsync();
            await Expect(p.Locator("html")).ToHaveAttributeAsync("lang", "en-US");

            await BrowserGiven.BuyerAsync(fixture, phone);
            var buyer = await run.NewActorAsync("buyer", Desk);
            var b = buyer.Page;
            await BrowserGiven.SignInAsync(b, run, phone, BrowserGiven.Password);
            await b.GotoAsync(run.Url("/account/addresses"));
            var form = b.TestId("address-form");
            await b.Field("Recipient").FillAsync("双击测试");
            await b.Field("Phone").FillAsync("13912345678");
            await b.RegionPicker("所在地区").PickRegionAsync("浙江省", "杭州市", "西湖区");
            await b.Field("Detail").FillAsync("文三路 2 号");

            // A double click: the first click's submit marks the button busy and disables it, so the second click
            // submits nothing. Checked inside the page, with the navigation cancelled by a listener on window (it runs
            // after the page's own on document): holding a real post would leave Playwright waiting on the navigation.
            var state = await b.EvaluateAsync<string[]>(@"() => {
                const save = document.querySelector(""[data-testid='address-form'] button[type='submit']"");
                let submits = 0;
                window.addEventListener('submit', e => { submits++; e.preventDefault(); });
                save.click();
                save.click();
                return [String(submits), String(save.disabled), save.getAttribute('aria-busy'), save.textContent.trim()];
            }");
            state.ShouldBe(["1", "true", "true", "处理中…"], "submits, disabled, aria-busy and text after a double click");
            // Coming back to the page (bfcache or not), the button works again and one real save makes one address.
            await b.ReloadAsync();
            await b.Field("Recipient").FillAsync("双击测试");
            await b.Field("Phone").FillAsync("13912345678");
            await b.RegionPicker("所在地区").PickRegionAsync("浙江省", "杭州市", "西湖区");
            await b.Field("Detail").FillAsync("文三路 2 号");
            await form.Locator("button[type='submit']").ClickAsync();
            await Expect(b.Locator("[data-testid='addresses'] li").Filter(new() { HasTextString = "双击测试" })).ToHaveCountAsync(1);
            await Expect(form.Locator("button[type='submit']")).ToBeEnabledAsync();
            run.BrowserErrors.ShouldBeEmpty("the pages logged errors: " + string.Join("; ", run.BrowserErrors));
        });
    }

    /// Every entry of the back office's sidebar, as BackOfficeShellTests reads it.
    private static async Task<string[]> SidebarPagesAsync(IPage page, Scenario run, string home)
    {
        await page.GotoAsync(run.Url(home));
        var menu = page.TestId("side-menu");
        await Expect(menu).ToBeVisibleAsync();
        var pages = await menu.Locator("a.bo-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        pages.Length.ShouldBeGreaterThan(5, $"{home}'s menu");
        return pages;
    }
}
