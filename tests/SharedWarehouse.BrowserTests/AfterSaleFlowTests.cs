using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SharedWarehouse.BrowserTests.Infrastructure;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Cart;
using SharedWarehouse.Modules.Ordering.Features.Checkout;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.Modules.Ordering.Features.Shipping;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests;

/// After-sales in a real browser: a buyer on a phone returns one of two lines of a paid, received order and gets that
/// line's money back while the goods go back into the merchant's stock; a refusal taken to the platform (in English) is
/// decided by platform customer service. The database is checked afterwards.
public sealed class AfterSaleFlowTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new() { Width = 1366, Height = 900 } };
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true };

    static AfterSaleFlowTests() => SetDefaultExpectTimeout(Patience.PageMilliseconds);

    private sealed record Sold(Guid Owner, Guid Buyer, Guid ProductA, Guid ProductB, Guid OrderId);

    /// One merchant selling A (128.00) and B (45.50), 10 of each; the buyer orders one of each.
    private async Task<Sold> PlacedAsync(string suffix, string merchantPhone, string buyerPhone, PayBy payBy)
    {
        var owner = await BrowserGiven.MerchantAsync(fixture, merchantPhone, "售后酒坊" + suffix);
        var a = await BrowserGiven.SellableProductAsync(fixture, owner, "酱香白酒" + suffix, "RA-" + suffix, "128.00", 10);
        var b = await BrowserGiven.SellableProductAsync(fixture, owner, "清香白酒" + suffix, "RB-" + suffix, "45.50", 10);
        var buyer = await BrowserGiven.BuyerAsync(fixture, buyerPhone);
        var address = await BrowserGiven.AddressAsync(fixture, buyer, "赵六");
        foreach (var product in new[] { a, b })
        {
            var sku = await SkuOfAsync(product);
            (await BrowserGiven.SendAsync(fixture, new AddToCart(CartItem.ForUser(buyer), sku, 1))).Errors.ShouldBeEmpty();
        }
        var placed = await BrowserGiven.SendAsync(fixture, new PlaceOrder(buyer, Guid.NewGuid(), address, DeliveryMethod.Express, payBy, InvoiceKind.None, null, null, null));
        placed.Errors.ShouldBeEmpty();
        return new Sold(owner, buyer, a, b, placed.Value.OrderId);
    }

    private async Task<Guid> SkuOfAsync(Guid product)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<SharedWarehouse.Modules.Catalog.Data.CatalogDbContext>();
        return await catalog.Skus.Where(s => s.ProductId == product).Select(s => s.Id).SingleAsync();
    }

    /// The merchant's whole sub-order leaves under one waybill (the desk itself is covered by the order flow).
    private async Task ShipAsync(Sold sold)
    {
        await Patience.UntilAsync(async () => await SubOrderStatusAsync(sold.OrderId) == OrderStatus.ToShip, "the order waiting to ship", 500);
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
        var sub = await db.SubOrders.Include(s => s.Lines).SingleAsync(s => s.OrderId == sold.OrderId);
        (await BrowserGiven.SendAsync(fixture, new ShipSubOrder(sold.Owner, sub.Id, "SF", "SF" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999),
            sub.Lines.ToDictionary(l => l.Id, l => l.Quantity)))).Errors.ShouldBeEmpty();
    }

    private async Task<OrderStatus> SubOrderStatusAsync(Guid orderId)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrderingDbContext>().SubOrders.Where(s => s.OrderId == orderId).Select(s => s.Status).SingleAsync();
    }

    private static async Task ConfirmAsync(IPage page, string button = "confirm-ok")
    {
        await Expect(page.TestId("confirm-dialog")).ToBeVisibleAsync();
        await page.TestId(button).ClickAsync();
    }

    [Fact]
    public async Task A_buyer_returns_one_of_two_lines_of_a_paid_received_order_and_gets_that_line_refunded_with_the_goods_back_in_stock()
    {
        await using var run = new Scenario(fixture, "after-sale-return", output);
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (merchantPhone, buyerPhone) = (BrowserGiven.NewPhone(), BrowserGiven.NewPhone());

        await run.RunAsync(async () =>
        {
            run.Log("a merchant with two products and a buyer's order of one of each, set up through the commands");
            var sold = await PlacedAsync(suffix, merchantPhone, buyerPhone, PayBy.Online);

            // 1. The buyer pays on the gateway's page, the merchant ships, the buyer confirms receipt on a phone.
            var buyer = await run.NewActorAsync("buyer", Phone);
            var b = buyer.Page;
            await BrowserGiven.SignInAsync(b, run, buyerPhone, BrowserGiven.Password);
            await b.GotoAsync(run.Url($"/orders/{sold.OrderId}"));
            await b.TestId("pay").ClickAsync();
            await b.Locator("button[value='Success']").ClickAsync();
            await Expect(b).ToHaveURLAsync(new Regex($"/orders/{sold.OrderId}$"));
            await b.ReloadUntilTextAsync("status", "待发货");
            await ShipAsync(sold);
            await b.ReloadUntilTextAsync("status", "已发货");
            await b.TestId("confirm").ClickAsync();
            await Expect(b.TestId("status")).ToHaveTextAsync("已收货");

            // 2. 申请售后 for line A only: return and refund, seven days no reason; the amount is proposed by the system.
            await b.TestId("apply-after-sale").ClickAsync();
            await Expect(b.TestId("apply-lines").Locator("li")).ToHaveCountAsync(2);
            var lineA = b.TestId("apply-lines").Locator("li").Filter(new() { HasTextString = "酱香白酒" + suffix });
            // Nothing chosen: the form says so and keeps the reason.
            await b.Locator("#Reason").SelectOptionAsync("七天无理由");
            await b.Locator("form[data-testid='apply-form'] button[type='submit']").ClickAsync();
            await Expect(b.Locator(".validation-summary-errors")).ToContainTextAsync("请至少选择一件商品");
            await Expect(b.Locator("#Reason")).ToHaveValueAsync("七天无理由");
            await lineA.Locator("input[type='number']").FillAsync("1");
            await run.ShotAsync(b, "apply-form");
            await b.Locator("form[data-testid='apply-form'] button[type='submit']").ClickAsync();
            await Expect(b.TestId("after-sale-status")).ToHaveTextAsync("待商家处理");
            await Expect(b.TestId("amounts")).ToContainTextAsync("¥128.00");
            (await b.HorizontalOverflowAsync()).ShouldBe(0, "the request page fits the phone");
            var requestUrl = b.Url;
            await run.ShotAsync(b, "request-opened");

            // 3. The merchant sees it on the home page's to-dos and agrees on the desk.
            var merchant = await run.NewActorAsync("merchant", Desktop);
            var m = merchant.Page;
            await BrowserGiven.SignInAsync(m, run, merchantPhone, BrowserGiven.Password);
            await m.GotoAsync(run.Url("/merchant"));
            await m.Locator("a[href='/merchant/after-sales?filter=ToAgree']").First.ClickAsync();
            await m.TestId("after-sales").Locator("li a").First.ClickAsync();
            await m.TestId("agree").ClickAsync();
            await ConfirmAsync(m);
            await Expect(m.TestId("after-sale-status")).ToHaveTextAsync("待买家寄回");

            // 4. The buyer sends the bottle back; a bad tracking number is refused next to the field and kept.
            await b.GotoAsync(requestUrl);
            await b.Locator("#Carrier").SelectOptionAsync("SF");
            await b.Locator("#TrackingNumber").FillAsync("顺丰");
            await b.TestId("ship-back-form").Locator("button[type='submit']").ClickAsync();
            await Expect(b.Locator("#TrackingNumber-error")).ToHaveTextAsync("请填写正确的运单号（6–40 位字母或数字）");
            await Expect(b.Locator("#TrackingNumber")).ToHaveValueAsync("顺丰");
            await b.Locator("#TrackingNumber").FillAsync("SF2026120700001");
            await b.TestId("ship-back-form").Locator("button[type='submit']").ClickAsync();
            await Expect(b.TestId("after-sale-status")).ToHaveTextAsync("待商家收货");

            // 5. The merchant receives and accepts the goods: refunded, back in stock.
            await m.ReloadAsync();
            await Expect(m.TestId("return-tracking")).ToHaveTextAsync("SF2026120700001");
            await m.TestId("accept-goods").ClickAsync();
            await ConfirmAsync(m);
            await Expect(m.TestId("after-sale-status")).ToHaveTextAsync("已退款");
            await run.ShotAsync(m, "merchant-refunded");

            // 6. The buyer sees the refund on the request, in 我的售后 and on the order (部分退款).
            await b.GotoAsync(requestUrl);
            await Expect(b.TestId("refunded")).ToHaveTextAsync("¥128.00");
            await Expect(b.TestId("history").Locator("[data-testid='step']")).ToHaveCountAsync(5);
            await b.GotoAsync(run.Url($"/orders/{sold.OrderId}"));
            await b.ReloadUntilTextAsync("refund", "部分退款 ¥128.00");
            await b.GotoAsync(run.Url("/after-sales"));
            await Expect(b.TestId("after-sales").Locator("[data-testid='status']")).ToHaveTextAsync(["已退款"]);
            await run.ShotAsync(b, "my-after-sales");

            var errors = run.BrowserErrors.ToList();
            errors.ShouldBeEmpty("the pages logged errors: " + string.Join("; ", errors));
            await VerifyReturnAsync(sold, "RA-" + suffix, "RB-" + suffix);
        });
    }

    /// The database agrees: one refund of 128.00 through the gateway, the order's refund recorded, A back on hand (10),
    /// B still sold (9), the request closed with its lines.
    private async Task VerifyReturnAsync(Sold sold, string codeA, string codeB)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var payments = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        await Patience.UntilAsync(async () => await payments.Payments.Where(p => p.OrderId == sold.OrderId).SelectMany(p => p.Refunds).CountAsync() == 1,
            "the refund reaching the gateway", 500);
        (await payments.Payments.Where(p => p.OrderId == sold.OrderId).SelectMany(p => p.Refunds).Select(r => r.AmountFen).ToListAsync()).ShouldBe([12800L]);
        var orders = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
        var order = await orders.Orders.AsNoTracking().Include(o => o.SubOrders).ThenInclude(s => s.Lines).SingleAsync(o => o.Id == sold.OrderId);
        (order.RefundFen, order.TotalFen).ShouldBe((12800L, 12800L + 4550)); // over ¥99: no shipping, so none to refund
        var inventory = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
        foreach (var (code, onHand) in new[] { (codeA, 10L), (codeB, 9L) })
        {
            var sku = await orders.Lines.Where(l => l.SkuCode == code).Select(l => l.SkuId).FirstAsync();
            await Patience.UntilAsync(async () => await inventory.Balances.Where(x => x.SkuId == sku).SumAsync(x => x.OnHand) == onHand, $"{code} on hand {onHand}", 500);
        }
        var returns = scope.ServiceProvider.GetRequiredService<ReturnsDbContext>();
        var request = await returns.Requests.Include(r => r.Lines).SingleAsync(r => r.OrderId == sold.OrderId);
        (request.Status, request.RefundedFen, request.Lines.Single().IsOpen).ShouldBe((AfterSaleStatus.Refunded, 12800L, false));
    }

    [Fact]
    public async Task A_refusal_taken_to_the_platform_is_decided_for_the_buyer_in_English()
    {
        await using var run = new Scenario(fixture, "after-sale-escalation", output);
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (merchantPhone, buyerPhone) = (BrowserGiven.NewPhone(), BrowserGiven.NewPhone());

        await run.RunAsync(async () =>
        {
            run.Log("a cash-on-delivery order shipped and received, set up through the commands");
            var sold = await PlacedAsync(suffix, merchantPhone, buyerPhone, PayBy.CashOnDelivery);
            await ShipAsync(sold);
            await Patience.UntilAsync(async () => await SubOrderStatusAsync(sold.OrderId) == OrderStatus.Shipped, "the order shipped", 500);
            (await BrowserGiven.SendAsync(fixture, new ConfirmReceipt(sold.Buyer, sold.OrderId))).Errors.ShouldBeEmpty();
            var english = new Microsoft.Playwright.Cookie { Name = ".AspNetCore.Culture", Value = "c%3Den-US%7Cuic%3Den-US", Url = run.BaseUrl };

            var buyer = await run.NewActorAsync("buyer", new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "en-US" });
            await buyer.Context.AddCookiesAsync([english]);
            var b = buyer.Page;
            await BrowserGiven.SignInAsync(b, run, buyerPhone, BrowserGiven.Password);
            await b.GotoAsync(run.Url($"/orders/{sold.OrderId}"));
            await b.TestId("apply-after-sale").ClickAsync();
            await b.Locator("#Kind-RefundOnly").CheckAsync();
            await b.TestId("apply-lines").Locator("li").Filter(new() { HasTextString = "清香白酒" + suffix }).Locator("input[type='number']").FillAsync("1");
            await b.Locator("#Reason").SelectOptionAsync("商品破损");
            await b.Locator("#Description").FillAsync("瓶身裂开，酒漏了一半");
            await b.Locator("form[data-testid='apply-form'] button[type='submit']").ClickAsync();
            await Expect(b.TestId("after-sale-status")).ToHaveTextAsync("Waiting for the merchant");
            var requestUrl = b.Url;

            var merchant = await run.NewActorAsync("merchant", Desktop);
            var m = merchant.Page;
            await BrowserGiven.SignInAsync(m, run, merchantPhone, BrowserGiven.Password);
            await m.GotoAsync(run.Url("/merchant/after-sales"));
            await m.TestId("after-sales").Locator("li a").First.ClickAsync();
            await m.Locator("#refuse-Note").FillAsync("发货时完好，签收未反馈");
            await m.TestId("refuse-form").Locator("button[type='submit']").ClickAsync();
            await ConfirmAsync(m);
            await Expect(m.TestId("after-sale-status")).ToHaveTextAsync("商家已拒绝");

            await b.GotoAsync(requestUrl);
            await Expect(b.TestId("after-sale-status")).ToHaveTextAsync("Refused by the merchant");
            await b.TestId("escalate-form").Locator("button[type='submit']").ClickAsync();
            await Expect(b.Locator("#Note-error")).ToHaveTextAsync("Please give a reason");
            await b.Locator("#Note").FillAsync("签收当天就发现破损，有照片");
            await b.TestId("escalate-form").Locator("button[type='submit']").ClickAsync();
            await Expect(b.TestId("after-sale-status")).ToHaveTextAsync("Under platform review");
            await run.ShotAsync(b, "escalated-en");

            var admin = await run.NewActorAsync("admin", Desktop);
            await admin.Context.AddCookiesAsync([english]);
            var a = admin.Page;
            await BrowserGiven.SignInAsync(a, run, KestrelAppFactory.AdminPhone, KestrelAppFactory.AdminPassword);
            await a.GotoAsync(run.Url("/admin/after-sales"));
            await a.TestId("after-sales").Locator("li").Filter(new() { HasTextString = "清香白酒" + suffix }).Locator("a").ClickAsync();
            await Expect(a.TestId("history")).ToContainTextAsync("发货时完好，签收未反馈");
            await Expect(a.TestId("history")).ToContainTextAsync("签收当天就发现破损，有照片");
            await a.Locator("#decide-Amount").FillAsync("45.50");
            await a.Locator("#decide-Note").FillAsync("买家签收当日反馈破损，支持退款");
            await run.ShotAsync(a, "platform-decision-en");
            await a.TestId("decide-form").Locator("button[type='submit']").ClickAsync();
            await ConfirmAsync(a);
            await Expect(a.TestId("after-sale-status")).ToHaveTextAsync("Refunded");

            await b.GotoAsync(requestUrl);
            await Expect(b.TestId("refunded")).ToHaveTextAsync("¥45.50");
            await Expect(b.TestId("history")).ToContainTextAsync("Platform decision: for the buyer");

            var errors = run.BrowserErrors.ToList();
            errors.ShouldBeEmpty("the pages logged errors: " + string.Join("; ", errors));
            await using var scope = fixture.App.Services.CreateAsyncScope();
            var request = await scope.ServiceProvider.GetRequiredService<ReturnsDbContext>().Requests.AsNoTracking().SingleAsync(r => r.OrderId == sold.OrderId);
            (request.Status, request.RefundedFen, request.DecidedByPlatform, request.PaidOnline).ShouldBe((AfterSaleStatus.Refunded, 4550L, true, false));
        });
    }
}
