using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SharedWarehouse.BrowserTests.Infrastructure;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Cart;
using SharedWarehouse.Modules.Ordering.Features.Checkout;
using SharedWarehouse.Modules.Ordering.Features.Orders;
using SharedWarehouse.Modules.Ordering.Features.Shipping;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Payments.Domain;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests;

/// A repair out of warranty in a real browser: the buyer on a phone asks for it from the order page, the merchant quotes
/// parts and labour, the buyer pays the quote on the gateway's page and sends the item, the merchant receives it, issues a
/// part from its own stock, records the work and ships it back, the buyer confirms. The database is checked afterwards:
/// the payment, the repair, the ledger's Repair movement and the part's stock on hand.
public sealed class RepairFlowTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new() { Width = 1366, Height = 900 } };
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 360, Height = 780 }, IsMobile = true, HasTouch = true };

    static RepairFlowTests() => SetDefaultExpectTimeout(Patience.PageMilliseconds);

    private async Task<Guid> SkuOfAsync(Guid product)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<SharedWarehouse.Modules.Catalog.Data.CatalogDbContext>();
        return await catalog.Skus.Where(s => s.ProductId == product).Select(s => s.Id).SingleAsync();
    }

    private async Task<long> OnHandAsync(Guid sku)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InventoryDbContext>().Balances.Where(b => b.SkuId == sku).SumAsync(b => b.OnHand);
    }

    /// A cash-on-delivery order of one kettle, shipped and received, set up through the commands.
    private async Task<(Guid Owner, Guid OrderId)> ReceivedAsync(Guid owner, Guid product, string buyerPhone)
    {
        var buyer = await BrowserGiven.BuyerAsync(fixture, buyerPhone);
        var address = await BrowserGiven.AddressAsync(fixture, buyer, "孙八");
        (await BrowserGiven.SendAsync(fixture, new AddToCart(CartItem.ForUser(buyer), await SkuOfAsync(product), 1))).Errors.ShouldBeEmpty();
        var placed = await BrowserGiven.SendAsync(fixture, new PlaceOrder(buyer, Guid.NewGuid(), address, DeliveryMethod.Express, PayBy.CashOnDelivery,
            InvoiceKind.None, null, null, null));
        placed.Errors.ShouldBeEmpty();
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
            await Patience.UntilAsync(async () => await db.SubOrders.AnyAsync(s => s.OrderId == placed.Value.OrderId && s.Status == OrderStatus.ToShip),
                "the order waiting to ship", 500);
            var sub = await db.SubOrders.Include(s => s.Lines).SingleAsync(s => s.OrderId == placed.Value.OrderId);
            (await BrowserGiven.SendAsync(fixture, new ShipSubOrder(owner, sub.Id, "SF", "SF" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999),
                sub.Lines.ToDictionary(l => l.Id, l => l.Quantity)))).Errors.ShouldBeEmpty();
        }
        (await BrowserGiven.SendAsync(fixture, new ConfirmReceipt(buyer, placed.Value.OrderId))).Errors.ShouldBeEmpty();
        return (owner, placed.Value.OrderId);
    }

    [Fact]
    public async Task A_repair_out_of_warranty_with_a_paid_quote_and_a_part_issued_from_stock()
    {
        await using var run = new Scenario(fixture, "repair-paid-quote", output);
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (merchantPhone, buyerPhone) = (BrowserGiven.NewPhone(), BrowserGiven.NewPhone());
        var partCode = "PART-" + suffix;

        await run.RunAsync(async () =>
        {
            run.Log("a merchant selling a kettle and holding spare thermostats, a buyer's received order, set up through the commands");
            var owner = await BrowserGiven.MerchantAsync(fixture, merchantPhone, "维修电器" + suffix);
            var kettle = await BrowserGiven.SellableProductAsync(fixture, owner, "电水壶" + suffix, "KT-" + suffix, "199.00", 5);
            var part = await BrowserGiven.SellableProductAsync(fixture, owner, "温控器" + suffix, partCode, "15.00", 10);
            var partSku = await SkuOfAsync(part);
            var (_, orderId) = await ReceivedAsync(owner, kettle, buyerPhone);

            // 1. The buyer asks for a repair from the order page; without a fault the form says so and keeps the choice.
            var buyer = await run.NewActorAsync("buyer", Phone);
            var b = buyer.Page;
            await BrowserGiven.SignInAsync(b, run, buyerPhone, BrowserGiven.Password);
            await b.GotoAsync(run.Url($"/orders/{orderId}"));
            await b.TestId("apply-repair").ClickAsync();
            await b.TestId("repair-lines").Locator("input[type='radio']").First.CheckAsync();
            await b.Locator("form[data-testid='repair-form'] button[type='submit']").ClickAsync();
            await Expect(b.FieldError("Fault")).ToHaveTextAsync("请描述故障");
            await Expect(b.TestId("repair-lines").Locator("input[type='radio']").First).ToBeCheckedAsync();
            await b.Locator("#Fault").FillAsync("加热指示灯不亮，水烧不开");
            await b.Locator("form[data-testid='repair-form'] button[type='submit']").ClickAsync();
            await Expect(b.TestId("repair-status")).ToHaveTextAsync("待商家受理");
            await Expect(b.TestId("warranty")).ToContainTextAsync("已过保修期（需报价）");
            (await b.HorizontalOverflowAsync()).ShouldBe(0, "the repair page fits the phone");
            var repairUrl = b.Url;
            await run.ShotAsync(b, "repair-requested");

            // 2. The merchant finds it on the desk and quotes parts + labour until today.
            var merchant = await run.NewActorAsync("merchant", Desktop);
            var m = merchant.Page;
            await BrowserGiven.SignInAsync(m, run, merchantPhone, BrowserGiven.Password);
            await m.GotoAsync(run.Url("/merchant/repairs?filter=New"));
            await m.TestId("repairs").Locator("li a").First.ClickAsync();
            await m.Locator("#Parts").FillAsync("30.00");
            await m.Locator("#Labour").FillAsync("二十");
            await m.Locator("#ValidUntil").FillAsync(ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd"));
            await m.TestId("send-quote").ClickAsync();
            await Expect(m.Locator("#Labour-error")).ToHaveTextAsync("请输入正确的金额，最多两位小数");
            await Expect(m.Locator("#Parts")).ToHaveValueAsync("30.00");
            await m.Locator("#Labour").FillAsync("20.00");
            await m.TestId("send-quote").ClickAsync();
            await Expect(m.TestId("repair-status")).ToHaveTextAsync("待买家付款");
            await Expect(m.TestId("quote-total")).ToHaveTextAsync("¥50.00");
            await run.ShotAsync(m, "merchant-quoted");

            // 3. The buyer accepts and pays the quote on the gateway's page, then sends the kettle.
            await b.GotoAsync(repairUrl);
            await b.TestId("pay-quote").ClickAsync();
            await Expect(b.TestId("pay-page")).ToBeVisibleAsync();
            await Expect(b.TestId("amount")).ToContainTextAsync("50.00");
            await b.Locator("button[value='Success']").ClickAsync();
            await Expect(b).ToHaveURLAsync(new Regex(Regex.Escape(repairUrl) + "$"));
            run.Log("waiting for the gateway's notification to reach the app");
            await b.ReloadUntilTextAsync("repair-status", "待寄修");
            await Expect(b.TestId("paid")).ToHaveTextAsync("¥50.00");
            await b.Locator("#Carrier").SelectOptionAsync("SF");
            await b.Locator("#TrackingNumber").FillAsync("SF2026120700077");
            await b.TestId("send-item").ClickAsync();
            await Expect(b.TestId("repair-status")).ToHaveTextAsync("待商家收件");

            // 4. The merchant receives it, uses two thermostats from its own stock, records the work and ships it back.
            await m.ReloadAsync();
            await m.TestId("receive-item").ClickAsync();
            await Expect(m.TestId("repair-status")).ToHaveTextAsync("维修中");
            await m.Locator("#SkuCode").FillAsync(partCode);
            await m.Locator("#Quantity").FillAsync("11");
            await m.TestId("issue-part").ClickAsync();
            await Expect(m.Locator("#Quantity-error")).ToHaveTextAsync("库存不足：可用 10");
            await Expect(m.Locator("#SkuCode")).ToHaveValueAsync(partCode);
            await m.Locator("#Quantity").FillAsync("2");
            await m.TestId("issue-part").ClickAsync();
            await Expect(m.TestId("part")).ToContainTextAsync(partCode);
            await m.Locator("#work-Note").FillAsync("更换温控器两只，通电测试正常");
            await m.TestId("record-work").ClickAsync();
            await Expect(m.TestId("work")).ToHaveTextAsync("更换温控器两只，通电测试正常");
            await m.Locator("#Carrier").SelectOptionAsync("SF");
            await m.Locator("#TrackingNumber").FillAsync("SF2026120700088");
            await m.TestId("ship-back").ClickAsync();
            await Expect(m.TestId("repair-status")).ToHaveTextAsync("已寄回待确认");
            await run.ShotAsync(m, "merchant-shipped-back");

            // 5. The buyer confirms: done, with the repair's own warranty; the list shows it.
            await b.GotoAsync(repairUrl);
            await Expect(b.TestId("return-tracking")).ToHaveTextAsync("SF2026120700088");
            await b.TestId("confirm-repair").ClickAsync();
            await Expect(b.TestId("repair-status")).ToHaveTextAsync("维修完成");
            await Expect(b.TestId("repair-warranty")).ToBeVisibleAsync();
            await Expect(b.TestId("timeline").Locator("[data-testid='step']")).ToHaveCountAsync(9);
            await b.GotoAsync(run.Url("/repairs"));
            await Expect(b.TestId("repairs").Locator("[data-testid='status']")).ToHaveTextAsync(["维修完成"]);
            await run.ShotAsync(b, "my-repairs");

            var errors = run.BrowserErrors.ToList();
            errors.ShouldBeEmpty("the pages logged errors: " + string.Join("; ", errors));
            await VerifyAsync(Guid.Parse(repairUrl[^36..]), partSku);
        });
    }

    /// The database agrees: one captured payment of 50.00 for the repair, the repair completed with its part, the ledger's
    /// Repair movement of −2 under the part's reference, and the part's stock on hand down from 10 to 8.
    private async Task VerifyAsync(Guid repairId, Guid partSku)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var payments = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        (await payments.Payments.Where(p => p.OrderId == repairId).Select(p => new { p.Status, p.AmountFen }).ToListAsync())
            .ShouldBe([new { Status = PaymentStatus.Succeeded, AmountFen = 5000L }]);
        var repair = await scope.ServiceProvider.GetRequiredService<RepairDbContext>().Repairs.AsNoTracking().Include(r => r.Parts).SingleAsync(r => r.Id == repairId);
        (repair.Status, repair.PaidFen, repair.Parts.Single().Quantity).ShouldBe((RepairStatus.Completed, 5000L, 2));
        var inventory = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
        var movements = await inventory.Movements.AsNoTracking().Where(x => x.Reference == repair.Parts.Single().Reference).ToListAsync();
        movements.ShouldAllBe(x => x.Type == MovementType.Repair && x.SkuId == partSku);
        movements.Sum(x => x.Quantity).ShouldBe(-2);
        (await OnHandAsync(partSku)).ShouldBe(8);
    }
}
