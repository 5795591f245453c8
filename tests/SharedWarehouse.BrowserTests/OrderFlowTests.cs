using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BrowserTests.Infrastructure;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Payments.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests;

/// A buyer's order across two merchants in a real browser: cart, checkout with a new address, online payment on the
/// simulated gateway (its signed notification reaches the app over HTTP), both merchants ship from their desks,
/// the buyer follows the parcels, confirms receipt and reviews; then the database is checked.
public sealed class OrderFlowTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new() { Width = 1280, Height = 900 } };
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true };

    static OrderFlowTests() => SetDefaultExpectTimeout(Patience.PageMilliseconds);

    [Fact]
    public async Task A_buyer_searches_orders_from_two_merchants_pays_online_both_ship_and_the_buyer_confirms_receipt_and_reviews()
    {
        await using var run = new Scenario(fixture, "order", output);
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (phoneA, phoneB, buyerPhone) = (BrowserGiven.NewPhone(), BrowserGiven.NewPhone(), BrowserGiven.NewPhone());

        await run.RunAsync(async () =>
        {
            run.Log("two merchants with stock and a buyer are set up through the commands");
            var ownerA = await BrowserGiven.MerchantAsync(fixture, phoneA, "酱香酒坊" + suffix);
            var ownerB = await BrowserGiven.MerchantAsync(fixture, phoneB, "清香酒庄" + suffix);
            var productA = await BrowserGiven.SellableProductAsync(fixture, ownerA, "酱香白酒" + suffix, "JX-" + suffix, "128.00", 24);
            var productB = await BrowserGiven.SellableProductAsync(fixture, ownerB, "清香白酒" + suffix, "QX-" + suffix, "45.50", 24);
            await BrowserGiven.BuyerAsync(fixture, buyerPhone);

            // 1. The buyer, on a phone, searches from the header menu (a Chinese substring of both names), keeps what is in
            // stock sorted by price, and puts two bottles of A and one of B in the cart from the results.
            var buyer = await run.NewActorAsync("buyer", Phone);
            var b = buyer.Page;
            await BrowserGiven.SignInAsync(b, run, buyerPhone, BrowserGiven.Password);
            await b.GotoAsync(run.Url("/"));
            await b.Locator(".navbar-toggler").ClickAsync();
            await b.Locator("#header-search-q").FillAsync("白酒" + suffix.ToLowerInvariant());
            await b.Locator("#header-search-q").PressAsync("Enter");
            await Expect(b.TestId("search-results").Locator("[data-id]")).ToHaveCountAsync(2);
            await b.Locator("#search-instock").CheckAsync();
            await b.Locator("#search-sort").SelectOptionAsync("PriceAsc");
            await b.TestId("search-submit").ClickAsync();
            await Expect(b.TestId("hit-name")).ToHaveTextAsync(["清香白酒" + suffix, "酱香白酒" + suffix]);
            await Expect(b.TestId("hit-price")).ToHaveTextAsync(["¥45.50", "¥128.00"]);
            await run.ShotAsync(b, "search-results");
            var results = b.Url;
            await b.TestId("hit-name").Nth(1).ClickAsync();
            await Expect(b).ToHaveURLAsync(run.Url($"/products/{productA}"));
            // On a phone the chooser is the sheet the buy bar opens.
            await b.TestId("buy-bar-cart").ClickAsync();
            await b.Locator("#buy-qty").FillAsync("2");
            await b.TestId("add-to-cart-submit").ClickAsync();
            await Expect(b).ToHaveURLAsync(run.Url("/cart"));
            await b.GotoAsync(results);
            await b.TestId("hit-name").First.ClickAsync();
            await Expect(b).ToHaveURLAsync(run.Url($"/products/{productB}"));
            await b.TestId("buy-bar-cart").ClickAsync();
            await b.TestId("add-to-cart-submit").ClickAsync();
            await Expect(b.TestId("line")).ToHaveCountAsync(2);
            await Expect(b.TestId("goods-total")).ToHaveTextAsync("¥301.50");
            await run.ShotAsync(b, "cart-two-merchants");

            // 2. Checkout: no address yet, add one, then pay online.
            await b.TestId("checkout").ClickAsync();
            await b.TestId("add-address").ClickAsync();
            await b.Field("Recipient").FillAsync("王五");
            await b.Field("Phone").FillAsync("13912345678");
            (await b.RegionPicker("所在地区").PickRegionAsync("浙江省", "杭州市", "西湖区")).ShouldBe(BrowserGiven.XihuDistrict);
            await b.Field("Detail").FillAsync("文三路 100 号");
            await b.TestId("address-form").Locator("button[type='submit']").ClickAsync();
            await Expect(b).ToHaveURLAsync(run.Url("/checkout"));
            await Expect(b.TestId("shop")).ToHaveCountAsync(2);
            await Expect(b.TestId("total")).ToHaveTextAsync("¥311.50"); // B's goods are under ¥99: ¥10 express
            await b.Field("Message").FillAsync("工作日送货");
            await run.ShotAsync(b, "checkout");
            await b.TestId("place").ClickAsync();
            await Expect(b.TestId("pay-page")).ToBeVisibleAsync();
            await Expect(b.TestId("amount")).ToContainTextAsync("311.50");
            await run.ShotAsync(b, "gateway-pay-page");
            await b.Locator("button[value='Success']").ClickAsync();
            await Expect(b).ToHaveURLAsync(new Regex(@"/orders/[0-9a-f-]{36}$"));
            var orderId = Guid.Parse(b.Url[^36..]);
            run.Log("waiting for the gateway's notification to reach the app");
            await b.ReloadUntilTextAsync("status", "待发货");
            await run.ShotAsync(b, "order-paid");

            // 3. Each merchant ships its own part from the order desk.
            foreach (var (phone, carrier) in new[] { (phoneA, "SF"), (phoneB, "ZTO") })
            {
                var merchant = await run.NewActorAsync("merchant-" + carrier, Desktop);
                var m = merchant.Page;
                await BrowserGiven.SignInAsync(m, run, phone, BrowserGiven.Password);
                await m.GotoAsync(run.Url("/merchant/orders"));
                await Expect(m.TestId("desk").Locator("tbody tr")).ToHaveCountAsync(1);
                await m.TestId("desk").Locator("tbody tr a").ClickAsync();
                await Expect(m.TestId("message")).ToContainTextAsync("工作日送货");
                await m.Locator("#Carrier").SelectOptionAsync(carrier);
                await run.ShotAsync(m, "desk-ship-" + carrier);
                await m.TestId("ship").ClickAsync();
                await Expect(m.TestId("status")).ToHaveTextAsync("已发货");
                await Expect(m.TestId("tracking")).ToContainTextAsync(carrier);
            }

            // 4. The buyer sees both parcels and confirms receipt.
            await b.ReloadAsync();
            await Expect(b.TestId("status")).ToHaveTextAsync("已发货");
            await Expect(b.TestId("parcels").Locator("li")).ToHaveCountAsync(2);
            await b.TestId("confirm").ClickAsync();
            await Expect(b.TestId("status")).ToHaveTextAsync("已收货");
            await run.ShotAsync(b, "order-received");

            // 5. The buyer reviews A's liquor with a photo; the product page shows the rating and the photo.
            await b.TestId("review").First.ClickAsync();
            await b.Locator("#rating-4").CheckAsync();
            await b.Field("Text").FillAsync("酱香突出，包装完好");
            await b.Field("Images").SetInputFilesAsync(new FilePayload { Name = "bottle.png", MimeType = "image/png", Buffer = PngWriter.Solid(320, 240, 150, 30, 30) });
            await b.TestId("submit-review").ClickAsync();
            await Expect(b).ToHaveURLAsync(run.Url($"/orders/{orderId}"));
            await Expect(b.TestId("review")).ToHaveCountAsync(1);
            await b.GotoAsync(run.Url($"/products/{productA}"));
            await Expect(b.TestId("product-rating")).ToContainTextAsync("4");
            await Expect(b.TestId("product-reviews")).ToContainTextAsync("酱香突出，包装完好");
            var photo = b.TestId("product-reviews").Locator("[data-testid='review-images'] img");
            await Expect(photo).ToHaveCountAsync(1);
            // The thumbnail really loaded (served by the app as an image, not a broken link).
            (await photo.EvaluateAsync<int>("img => img.decode().then(() => img.naturalWidth)")).ShouldBe(320);
            await run.ShotAsync(b, "product-reviewed");
            await b.GotoAsync(run.Url("/account/reviews"));
            await Expect(b.TestId("my-reviews")).ToContainTextAsync("酱香突出，包装完好");
            await Expect(b.TestId("awaiting").Locator("[data-testid='write-review']")).ToHaveCountAsync(1); // B's liquor
            await run.ShotAsync(b, "my-reviews");

            var errors = run.BrowserErrors.ToList();
            errors.ShouldBeEmpty("the pages logged errors: " + string.Join("; ", errors));
            await VerifyAsync(orderId, $"JX-{suffix}", $"QX-{suffix}");
        });
    }

    /// The database agrees: received, paid once, and the shipped bottles left on-hand with nothing left reserved.
    private async Task VerifyAsync(Guid orderId, string codeA, string codeB)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var orders = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
        var order = await orders.Orders.Include(o => o.SubOrders).ThenInclude(s => s.Lines).SingleAsync(o => o.Id == orderId);
        order.Status.ShouldBe(OrderStatus.Received);
        order.SubOrders.ShouldAllBe(s => s.Status == OrderStatus.Received);
        order.TotalFen.ShouldBe(31150);
        var payments = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        (await payments.Payments.Where(p => p.OrderId == orderId).Select(p => p.Status).ToListAsync()).ShouldBe([PaymentStatus.Succeeded]);
        var inventory = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
        var skus = order.SubOrders.SelectMany(s => s.Lines).ToDictionary(l => l.SkuCode, l => l.SkuId);
        foreach (var (code, left) in new[] { (codeA, 22L), (codeB, 23L) })
        {
            var sku = skus[code];
            // Shipment reaches Inventory through the outbox; wait for it.
            await Patience.UntilAsync(async () => await inventory.Balances.Where(b => b.SkuId == sku).SumAsync(b => b.OnHand) == left,
                $"{code} on hand becoming {left}", 500);
            (await inventory.Balances.Where(b => b.SkuId == sku).Select(b => new { b.OnHand, b.Reserved }).SingleAsync()).ShouldBe(new { OnHand = left, Reserved = 0L });
        }
    }
}
