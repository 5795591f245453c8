using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SharedWarehouse.BrowserTests.Infrastructure;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Cart;
using SharedWarehouse.Modules.Ordering.Features.Checkout;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests;

/// 子账号 in a real browser: the owner invites a warehouse clerk by number, the clerk (a buyer account) accepts under
/// 店铺邀请, the owner ticks 仓管, and the clerk — on a phone-width screen for the invitation, a desk for the work —
/// receives goods into the warehouse and ships an order, sees no wallet in the menu and is refused it by URL.
public sealed class TeamFlowTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    static TeamFlowTests() => SetDefaultExpectTimeout(Patience.PageMilliseconds);

    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new() { Width = 1280, Height = 900 } };

    [Fact]
    public async Task An_owner_invites_a_warehouse_clerk_who_receives_goods_and_ships_an_order_but_cannot_open_the_wallet()
    {
        await using var run = new Scenario(fixture, "team-clerk", output);
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var ownerPhone = BrowserGiven.NewPhone();
        var clerkPhone = BrowserGiven.NewPhone();
        var code = "TM-" + suffix;

        await run.RunAsync(async () =>
        {
            var owner = await BrowserGiven.MerchantAsync(fixture, ownerPhone, "团队酒行" + suffix);
            var product = await BrowserGiven.SellableProductAsync(fixture, owner, "团队白酒" + suffix, code, "99.00", 3);
            var buyer = await BrowserGiven.BuyerAsync(fixture, BrowserGiven.NewPhone());
            var address = await BrowserGiven.AddressAsync(fixture, buyer, "周八");
            (await BrowserGiven.SendAsync(fixture, new AddToCart(CartItem.ForUser(buyer), await SkuOfAsync(product), 1))).Errors.ShouldBeEmpty();
            (await BrowserGiven.SendAsync(fixture, new PlaceOrder(buyer, Guid.NewGuid(), address, DeliveryMethod.Express, PayBy.CashOnDelivery,
                InvoiceKind.None, null, null, null))).Errors.ShouldBeEmpty();
            await BrowserGiven.BuyerAsync(fixture, clerkPhone);

            // 1. The owner invites the clerk's number; a wrong number is refused next to the field and kept.
            var ownerActor = await run.NewActorAsync("owner", Desktop);
            var o = ownerActor.Page;
            await BrowserGiven.SignInAsync(o, run, ownerPhone, BrowserGiven.Password);
            await o.GotoAsync(run.Url("/merchant/team"));
            await o.Locator("#Phone").FillAsync("1390000");
            await o.TestId("invite-form").Locator("button[type='submit']").ClickAsync();
            await Expect(o.TestId("phone-error")).ToHaveTextAsync("请输入正确的手机号");
            await Expect(o.Locator("#Phone")).ToHaveValueAsync("1390000");
            await o.Locator("#Phone").FillAsync(clerkPhone);
            await o.TestId("invite-form").Locator("button[type='submit']").ClickAsync();
            await Expect(o.TestId("invitations")).ToContainTextAsync(SharedWarehouse.SharedKernel.Identity.MainlandMobile.Mask(clerkPhone));

            // 2. The clerk accepts on their phone and enters the back office.
            var clerkActor = await run.NewActorAsync("clerk", new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
            var c = clerkActor.Page;
            await BrowserGiven.SignInAsync(c, run, clerkPhone, BrowserGiven.Password);
            await c.GotoAsync(run.Url("/account/shop-invitations"));
            await Expect(c.TestId("my-invitations")).ToContainTextAsync("团队酒行" + suffix);
            await run.ShotAsync(c, "invitation-phone");
            await c.TestId("my-invitations").GetByRole(AriaRole.Button, new() { Name = "接受" }).ClickAsync();
            await Expect(c.TestId("joined")).ToBeVisibleAsync();
            await Patience.UntilAsync(() => BrowserGiven.HasRoleAsync(fixture, clerkPhone, Roles.MerchantStaff), "the clerk getting the staff role", 250);
            await c.TestId("enter-back-office").ClickAsync();
            await Expect(c.TestId("shop-name")).ToHaveTextAsync("团队酒行" + suffix);
            await Expect(c.TestId("staff-note")).ToBeVisibleAsync();

            // 3. The owner makes them 仓管.
            await o.ReloadAsync();
            var row = o.Locator($"tr[data-member='{SharedWarehouse.SharedKernel.Identity.MainlandMobile.Mask(clerkPhone)}']");
            await row.GetByLabel("仓管").CheckAsync();
            await row.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
            await Expect(o.Locator($"tr[data-member='{SharedWarehouse.SharedKernel.Identity.MainlandMobile.Mask(clerkPhone)}']").GetByLabel("仓管")).ToBeCheckedAsync();
            await run.ShotAsync(o, "team-page");

            // 4. The clerk, at a desk: receives 4 more into the warehouse, ships the order; no wallet anywhere.
            var deskActor = await run.NewActorAsync("clerk-desk", Desktop);
            var d = deskActor.Page;
            await BrowserGiven.SignInAsync(d, run, clerkPhone, BrowserGiven.Password);
            await d.GotoAsync(run.Url("/merchant"));
            var sidebar = d.Locator("#bo-sidebar");
            await Expect(sidebar.Locator("a[href='/merchant/receipts']")).ToBeVisibleAsync();
            await Expect(sidebar.Locator("a[href='/merchant/wallet']")).ToHaveCountAsync(0);
            await Expect(sidebar.Locator("a[href='/merchant/team']")).ToHaveCountAsync(0);
            await Expect(sidebar.Locator("a[href='/merchant/products']")).ToHaveCountAsync(0);
            await run.ShotAsync(d, "clerk-home");

            await d.GotoAsync(run.Url("/merchant/warehouses"));
            await d.GetByRole(AriaRole.Link, new() { Name = "采购入库" }).First.ClickAsync();
            await d.Locator("#Supplier").FillAsync("酒厂直供");
            await d.Locator("#BinId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await d.Locator("#SkuCode").FillAsync(code);
            await d.Locator("#Quantity").FillAsync("4");
            await d.Locator("#Lot").FillAsync("L-" + suffix);
            await d.TestId("post").ClickAsync();
            await d.GotoAsync(run.Url("/merchant/stock"));
            await Expect(d.Locator("main")).ToContainTextAsync(code);

            await d.GotoAsync(run.Url("/merchant/orders"));
            await Expect(d.TestId("desk").Locator("tbody tr")).ToHaveCountAsync(1);
            await d.TestId("desk").Locator("tbody tr a").First.ClickAsync();
            await d.Locator("#Carrier").SelectOptionAsync("SF");
            await d.TestId("ship").ClickAsync();
            await Expect(d.TestId("status")).ToHaveTextAsync("已发货");
            await run.ShotAsync(d, "clerk-shipped");

            var wallet = await d.GotoAsync(run.Url("/merchant/wallet"));
            wallet!.Status.ShouldBe(403);
            await run.ShotAsync(d, "clerk-wallet-refused");
        });
    }

    private async Task<Guid> SkuOfAsync(Guid product)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<SharedWarehouse.Modules.Catalog.Data.CatalogDbContext>();
        return await catalog.Skus.Where(s => s.ProductId == product).Select(s => s.Id).SingleAsync();
    }
}
