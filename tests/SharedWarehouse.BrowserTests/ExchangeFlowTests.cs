using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SharedWarehouse.BrowserTests.Infrastructure;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Cart;
using SharedWarehouse.Modules.Ordering.Features.Checkout;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.Modules.Ordering.Features.Shipping;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests;

/// 换货 in a real browser: a buyer on a phone asks to exchange a bottle, the merchant (its back office in English) agrees,
/// the buyer sends the bottle back, the merchant accepts it and ships the replacement order from the order desk; the buyer
/// sees the replacement order shipped. The database is checked afterwards: no money moved, the replacement's stock was
/// reserved from the agreement and left with the parcel.
public sealed class ExchangeFlowTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "en-US" };
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true };

    static ExchangeFlowTests() => SetDefaultExpectTimeout(Patience.PageMilliseconds);

    private static async Task ConfirmAsync(IPage page)
    {
        await Expect(page.TestId("confirm-dialog")).ToBeVisibleAsync();
        await page.TestId("confirm-ok").ClickAsync();
    }

    [Fact]
    public async Task A_buyer_exchanges_a_bottle_and_the_merchant_ships_the_replacement_from_the_order_desk()
    {
        await using var run = new Scenario(fixture, "after-sale-exchange", output);
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (merchantPhone, buyerPhone) = (BrowserGiven.NewPhone(), BrowserGiven.NewPhone());

        await run.RunAsync(async () =>
        {
            run.Log("a merchant's bottle, bought cash on delivery, shipped and received, set up through the commands");
            var owner = await BrowserGiven.MerchantAsync(fixture, merchantPhone, "换货酒坊" + suffix);
            var product = await BrowserGiven.SellableProductAsync(fixture, owner, "陈年花雕" + suffix, "EX-" + suffix, "88.00", 5);
            var buyerId = await BrowserGiven.BuyerAsync(fixture, buyerPhone);
            var address = await BrowserGiven.AddressAsync(fixture, buyerId, "孙八");
            var sku = await SkuOfAsync(product);
            (await BrowserGiven.SendAsync(fixture, new AddToCart(CartItem.ForUser(buyerId), sku, 1))).Errors.ShouldBeEmpty();
            var placed = await BrowserGiven.SendAsync(fixture, new PlaceOrder(buyerId, Guid.NewGuid(), address, DeliveryMethod.Express, PayBy.CashOnDelivery,
                InvoiceKind.None, null, null, null));
            placed.Errors.ShouldBeEmpty();
            var orderId = placed.Value.OrderId;
            await ShipWholeAsync(owner, orderId);
            await Patience.UntilAsync(async () => await StatusAsync(orderId) == OrderStatus.Shipped, "the order shipped", 500);
            (await BrowserGiven.SendAsync(fixture, new ConfirmReceipt(buyerId, orderId))).Errors.ShouldBeEmpty();

            // 1. The buyer asks for an exchange on a phone: the same bottle, chosen for it already.
            var buyer = await run.NewActorAsync("buyer", Phone);
            var b = buyer.Page;
            await BrowserGiven.SignInAsync(b, run, buyerPhone, BrowserGiven.Password);
            await b.GotoAsync(run.Url($"/orders/{orderId}"));
            await b.TestId("apply-after-sale").ClickAsync();
            await b.Locator("#Kind-Exchange").CheckAsync();
            var line = b.TestId("apply-lines").Locator("li").First;
            await Expect(line.Locator("[data-testid='replacement']")).ToBeVisibleAsync();
            await line.Locator("input[type='number']").FillAsync("1");
            await b.Locator("#Reason").SelectOptionAsync("质量问题");
            // No description for a fault: refused next to the field, the choices kept.
            await b.Locator("form[data-testid='apply-form'] button[type='submit']").ClickAsync();
            await Expect(b.Locator("span[data-valmsg-for='Description']")).ToHaveTextAsync("请描述商品的问题");
            await Expect(b.Locator("#Kind-Exchange")).ToBeCheckedAsync();
            await b.Locator("#Description").FillAsync("瓶口封蜡开裂");
            (await b.HorizontalOverflowAsync()).ShouldBe(0, "the apply form fits the phone");
            await run.ShotAsync(b, "exchange-apply");
            await b.Locator("form[data-testid='apply-form'] button[type='submit']").ClickAsync();
            await Expect(b.TestId("after-sale-status")).ToHaveTextAsync("待商家处理");
            await Expect(b.TestId("exchange")).ToBeVisibleAsync();
            var requestUrl = b.Url;

            // 2. The merchant agrees in English: the replacement is reserved at once.
            var merchant = await run.NewActorAsync("merchant", Desktop);
            await merchant.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c%3Den-US%7Cuic%3Den-US", Url = run.BaseUrl }]);
            var m = merchant.Page;
            await BrowserGiven.SignInAsync(m, run, merchantPhone, BrowserGiven.Password);
            await m.GotoAsync(run.Url("/merchant/after-sales?filter=ToAgree"));
            await m.TestId("after-sales").Locator("li a").First.ClickAsync();
            await Expect(m.TestId("agree")).ToHaveTextAsync("Agree to exchange");
            await Expect(m.TestId("offer-form")).ToHaveCountAsync(0);
            await m.TestId("agree").ClickAsync();
            await ConfirmAsync(m);
            await Expect(m.TestId("after-sale-status")).ToHaveTextAsync("Waiting for the buyer to send back");
            await Patience.UntilAsync(async () => await ReservedAsync(sku) == 1, "the replacement reserved", 500);

            // 3. The buyer sends the bottle back.
            await b.GotoAsync(requestUrl);
            await b.Locator("#Carrier").SelectOptionAsync("SF");
            await b.Locator("#TrackingNumber").FillAsync("SF2026120700077");
            await b.TestId("ship-back-form").Locator("button[type='submit']").ClickAsync();
            await Expect(b.TestId("after-sale-status")).ToHaveTextAsync("待商家收货");

            // 4. The merchant accepts it: the request is exchanged and the replacement is an order on the desk.
            await m.ReloadAsync();
            await Expect(m.TestId("accept-goods")).ToHaveTextAsync("Goods accepted, send the replacement");
            await m.TestId("accept-goods").ClickAsync();
            await ConfirmAsync(m);
            await Expect(m.TestId("after-sale-status")).ToHaveTextAsync("Exchanged");
            await run.ShotAsync(m, "merchant-exchanged-en");
            // The replacement order is made by Ordering from the approval event: wait for it, then open it from the desk.
            await Patience.UntilAsync(async () => await ReplacementCountAsync(orderId) == 1, "the replacement order", 500);
            await m.GotoAsync(run.Url("/merchant/orders?filter=ToShip"));
            await m.TestId("desk").Locator("tbody tr a").First.ClickAsync();
            await Expect(m.TestId("exchange")).ToContainTextAsync("Exchange");
            await Expect(m.TestId("sub-total")).ToHaveTextAsync("¥0.00");
            await m.Locator($"tr[data-sku='EX-{suffix}'] input").FillAsync("1");
            await m.Locator("#Carrier").SelectOptionAsync("ZTO");
            await m.Locator("#TrackingNumber").FillAsync("ZT2026120700088");
            await m.TestId("ship").ClickAsync();
            await Expect(m.TestId("status")).ToHaveTextAsync("Shipped");
            await run.ShotAsync(m, "replacement-shipped-en");

            // 5. The buyer sees the request exchanged and the replacement order on its way.
            await b.GotoAsync(requestUrl);
            await Expect(b.TestId("after-sale-status")).ToHaveTextAsync("已换货");
            await b.GotoAsync(run.Url("/orders?status=Shipped"));
            await b.TestId("orders").Locator("li a").First.ClickAsync();
            await Expect(b.TestId("exchange")).ToContainTextAsync("换货单");
            await Expect(b.TestId("status")).ToHaveTextAsync("已发货");
            (await b.HorizontalOverflowAsync()).ShouldBe(0, "the replacement order fits the phone");
            await run.ShotAsync(b, "replacement-order");

            var errors = run.BrowserErrors.ToList();
            errors.ShouldBeEmpty("the pages logged errors: " + string.Join("; ", errors));
            await VerifyAsync(orderId, sku);
        });
    }

    private async Task<Guid> SkuOfAsync(Guid product)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SharedWarehouse.Modules.Catalog.Data.CatalogDbContext>().Skus
            .Where(s => s.ProductId == product).Select(s => s.Id).SingleAsync();
    }

    private async Task ShipWholeAsync(Guid owner, Guid orderId)
    {
        await Patience.UntilAsync(async () => await StatusAsync(orderId) == OrderStatus.ToShip, "the order waiting to ship", 500);
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var sub = await scope.ServiceProvider.GetRequiredService<OrderingDbContext>().SubOrders.Include(s => s.Lines).SingleAsync(s => s.OrderId == orderId);
        (await BrowserGiven.SendAsync(fixture, new ShipSubOrder(owner, sub.Id, "SF", "SF" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999),
            sub.Lines.ToDictionary(l => l.Id, l => l.Quantity)))).Errors.ShouldBeEmpty();
    }

    private async Task<OrderStatus> StatusAsync(Guid orderId)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrderingDbContext>().SubOrders.Where(s => s.OrderId == orderId).Select(s => s.Status).SingleAsync();
    }

    private async Task<int> ReplacementCountAsync(Guid orderId)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var requestId = await scope.ServiceProvider.GetRequiredService<ReturnsDbContext>().Requests.Where(r => r.OrderId == orderId).Select(r => r.Id).SingleAsync();
        return await scope.ServiceProvider.GetRequiredService<OrderingDbContext>().Orders.CountAsync(o => o.ExchangeRequestId == requestId);
    }

    private async Task<long> ReservedAsync(Guid sku)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InventoryDbContext>().Balances.Where(x => x.SkuId == sku).SumAsync(x => x.Reserved);
    }

    /// No money moved; the returned bottle is back on hand and the replacement left under the exchange's reservation, so
    /// 5 bought in, 1 sold, 1 back, 1 sent again: 4 on hand, nothing reserved.
    private async Task VerifyAsync(Guid orderId, Guid sku)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var request = await scope.ServiceProvider.GetRequiredService<ReturnsDbContext>().Requests.AsNoTracking().Include(r => r.Lines)
            .SingleAsync(r => r.OrderId == orderId);
        (request.Kind, request.Status, request.RefundedFen).ShouldBe((AfterSaleKind.Exchange, AfterSaleStatus.Exchanged, 0L));
        var orders = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
        (await orders.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId)).RefundFen.ShouldBe(0);
        var replacement = await orders.Orders.AsNoTracking().Include(o => o.SubOrders).SingleAsync(o => o.ExchangeRequestId == request.Id);
        (replacement.Status, replacement.TotalFen).ShouldBe((OrderStatus.Shipped, 0L));
        var inventory = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
        await Patience.UntilAsync(async () => await inventory.Balances.Where(x => x.SkuId == sku).SumAsync(x => x.OnHand) == 4, "4 bottles on hand", 500);
        (await inventory.Balances.Where(x => x.SkuId == sku).SumAsync(x => x.Reserved)).ShouldBe(0);
        (await inventory.Reservations.AsNoTracking().SingleAsync(x => x.Reference == request.Lines.Single().ReplacementRef)).Status.ShouldBe(ReservationStatus.Confirmed);
    }
}
