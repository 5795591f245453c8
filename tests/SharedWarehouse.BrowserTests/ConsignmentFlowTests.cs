using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SharedWarehouse.BrowserTests.Infrastructure;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Inventory.Features.Sharing;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Consignment;
using SharedWarehouse.Modules.Wallet.Contracts;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests;

/// Joint sales in a real browser: the supplier opens a product for consignment, the reseller consign-sells it (a price
/// below the floor is refused on its field first), a buyer buys it from the reseller's shop and pays online, the supplier
/// ships the 代销采购单 straight to the buyer with the reseller's shop on the packing slip, the buyer sees it shipped and
/// confirms receipt; then the database is checked (one purchase at wholesale, settlement sums, wallets).
public sealed class ConsignmentFlowTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new() { Width = 1280, Height = 900 } };

    static ConsignmentFlowTests() => SetDefaultExpectTimeout(Patience.PageMilliseconds);

    [Fact]
    public async Task A_supplier_opens_consignment_a_reseller_sells_it_a_buyer_pays_and_the_supplier_ships_under_the_resellers_shop()
    {
        await using var run = new Scenario(fixture, "consignment", output);
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (supplierPhone, resellerPhone, buyerPhone) = (BrowserGiven.NewPhone(), BrowserGiven.NewPhone(), BrowserGiven.NewPhone());
        var resellerShop = "分销小店" + suffix;

        await run.RunAsync(async () =>
        {
            run.Log("a supplier with stock, a reseller and a buyer are set up through the commands; the supplier shares the SKU with the reseller");
            var supplierOwner = await BrowserGiven.MerchantAsync(fixture, supplierPhone, "供货酒厂" + suffix);
            var resellerOwner = await BrowserGiven.MerchantAsync(fixture, resellerPhone, resellerShop);
            var code = "CS-" + suffix;
            var product = await BrowserGiven.SellableProductAsync(fixture, supplierOwner, "代销白酒" + suffix, code, "128.00", 10);
            await BrowserGiven.BuyerAsync(fixture, buyerPhone);
            await using (var scope = fixture.App.Services.CreateAsyncScope())
            {
                var resellerShopId = (await scope.ServiceProvider.GetRequiredService<IMerchantDirectory>().FindShopOfOwnerAsync(resellerOwner, default))!.ShopId;
                var supplierShop = await scope.ServiceProvider.GetRequiredService<IMerchantDirectory>().FindShopOfOwnerAsync(supplierOwner, default);
                var sku = await scope.ServiceProvider.GetRequiredService<ICatalogSkuDirectory>().FindByCodeAsync(supplierShop!.ShopId, code, default);
                (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ShareStock(supplierOwner, GrantScope.Sku, sku!.SkuId, resellerShopId)))
                    .Errors.ShouldBeEmpty();
            }

            // 1. The supplier opens the product for consignment: floor ¥100, base wholesale ¥80.
            var supplier = await run.NewActorAsync("supplier", Desktop);
            var s = supplier.Page;
            await BrowserGiven.SignInAsync(s, run, supplierPhone, BrowserGiven.Password);
            await s.GotoAsync(run.Url($"/merchant/products/{product}"));
            await s.TestId("consignment-terms").ClickAsync();
            await s.Locator("#Open").CheckAsync();
            await s.Locator("#floor-0").FillAsync("100.00");
            await s.Locator("#prices-0").FillAsync("1:1:80.00");
            await run.ShotAsync(s, "supplier-terms");
            await s.TestId("save-terms").ClickAsync();
            await Expect(s.Locator("#floor-0")).ToHaveValueAsync("100.00");

            // 2. The reseller finds it among what is shared with it and consign-sells it at ¥150 (¥99 is refused first).
            var reseller = await run.NewActorAsync("reseller", Desktop);
            var r = reseller.Page;
            await BrowserGiven.SignInAsync(r, run, resellerPhone, BrowserGiven.Password);
            await r.GotoAsync(run.Url("/merchant/consignment"));
            var offer = r.Locator($"[data-product='{product}']");
            await Expect(offer.Locator("[data-testid='wholesale']")).ToHaveTextAsync("¥80.00");
            await offer.Locator("[data-testid='consign']").ClickAsync();
            var retail = r.Locator("input[name^='Retail[']");
            await retail.FillAsync("99.00");
            await r.TestId("save-consign").ClickAsync();
            await Expect(r.Locator("[data-testid='consign-form'] .field-validation-error")).ToContainTextAsync("¥100.00");
            await Expect(retail).ToHaveValueAsync("99.00");
            await retail.FillAsync("150.00");
            await r.TestId("save-consign").ClickAsync();
            await Expect(offer.Locator("[data-testid='listed']")).ToBeVisibleAsync();
            await run.ShotAsync(r, "reseller-consigned");
            var listing = (await offer.Locator("a[href^='/products/']").GetAttributeAsync("href"))!;

            // 3. The buyer buys two from the reseller's shop and pays online.
            var buyer = await run.NewActorAsync("buyer", Desktop);
            var b = buyer.Page;
            await BrowserGiven.SignInAsync(b, run, buyerPhone, BrowserGiven.Password);
            await b.GotoAsync(run.Url(listing));
            await Expect(b.TestId("shop-card-name")).ToHaveTextAsync(resellerShop);
            await b.Locator("#buy-qty").FillAsync("2");
            await b.TestId("add-to-cart-submit").ClickAsync();
            await Expect(b).ToHaveURLAsync(run.Url("/cart"));
            await b.TestId("checkout").ClickAsync();
            await b.TestId("add-address").ClickAsync();
            await b.Field("Recipient").FillAsync("王五");
            await b.Field("Phone").FillAsync("13912345678");
            (await b.RegionPicker("所在地区").PickRegionAsync("浙江省", "杭州市", "西湖区")).ShouldBe(BrowserGiven.XihuDistrict);
            await b.Field("Detail").FillAsync("文三路 100 号");
            await b.TestId("address-form").Locator("button[type='submit']").ClickAsync();
            await Expect(b.TestId("total")).ToHaveTextAsync("¥300.00");
            await b.TestId("place").ClickAsync();
            await b.Locator("button[value='Success']").ClickAsync();
            await Expect(b).ToHaveURLAsync(new Regex(@"/orders/[0-9a-f-]{36}$"));
            var orderId = Guid.Parse(b.Url[^36..]);
            await b.ReloadUntilTextAsync("status", "待发货");

            // 4. The supplier ships the purchase from its desk; the packing slip names the reseller's shop.
            await s.GotoAsync(run.Url("/merchant/orders?filter=Consignment"));
            await Expect(s.TestId("desk").Locator("tbody tr")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            await Expect(s.TestId("reseller")).ToHaveTextAsync(resellerShop);
            await s.TestId("desk").Locator("tbody tr a").ClickAsync();
            await Expect(s.TestId("consignment")).ToBeVisibleAsync();
            var desk = s.Url;
            await s.GotoAsync(desk + "/print/packing");
            await Expect(s.TestId("print")).ToContainTextAsync(resellerShop);
            await run.ShotAsync(s, "supplier-packing-slip");
            await s.GotoAsync(desk);
            await s.Locator("#Carrier").SelectOptionAsync("SF");
            await s.TestId("ship").ClickAsync();
            await Expect(s.TestId("status")).ToHaveTextAsync("已发货");

            // 5. The buyer sees its order shipped with the same waybill and confirms receipt.
            await b.ReloadAsync();
            await Expect(b.TestId("status")).ToHaveTextAsync("已发货");
            await b.TestId("confirm").ClickAsync();
            await Expect(b.TestId("status")).ToHaveTextAsync("已收货");
            await run.ShotAsync(b, "buyer-received");

            var errors = run.BrowserErrors.ToList();
            errors.ShouldBeEmpty("the pages logged errors: " + string.Join("; ", errors));
            await VerifyAsync(orderId);
        });
    }


    /// One purchase at ¥80 × 2, both received; the settlement splits ¥300 into 160 + 125 + 15 and both wallets hold their share.
    private async Task VerifyAsync(Guid orderId)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
        var resellerSub = await db.SubOrders.AsNoTracking().SingleAsync(x => x.OrderId == orderId);
        var purchase = await db.Orders.AsNoTracking().Include(o => o.SubOrders).ThenInclude(x => x.Lines).SingleAsync(o => o.ConsignedFromSubOrderId == resellerSub.Id);
        purchase.Status.ShouldBe(OrderStatus.Received);
        purchase.SubOrders.Single().LinesFen.ShouldBe(16000);
        await ConsignmentSettlementJob.RunAsync(scope.ServiceProvider.GetRequiredService<IServiceScopeFactory>(), default);
        var settlement = await db.ConsignmentSettlements.AsNoTracking().SingleAsync(x => x.PurchaseOrderId == purchase.Id);
        settlement.ShouldSatisfyAllConditions(x => x.Status.ShouldBe(SettlementStatus.Settled), x => x.SupplierFen.ShouldBe(16000),
            x => x.ResellerFen.ShouldBe(12500), x => x.CommissionFen.ShouldBe(1500));
        var wallet = scope.ServiceProvider.GetRequiredService<IWallet>();
        (await wallet.BalanceAsync(settlement.SupplierShopId, default)).BalanceFen.ShouldBe(16000);
        (await wallet.BalanceAsync(settlement.ResellerShopId, default)).BalanceFen.ShouldBe(12500);
    }
}
