using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class OrderDeskTests(SharedWarehouseFactory factory)
{
    /// A cash-on-delivery order of two units with a company invoice; returns the merchant's desk URL of the sub-order.
    private async Task<(SellableProduct Product, Visitor Buyer, string DeskUrl)> OrderAsync()
    {
        var product = await SellingWeb.SellableAsync(factory, stock: 6);
        var buyer = await factory.BuyerAsync();
        var page = await buyer.GetAsync($"/products/{product.ProductId}");
        await buyer.PostAsync("/cart/add", [F("SkuId", product.SkuId), F("Quantity", "2")], page.Token("/cart/add"));
        await buyer.SubmitAsync("/account/addresses", "/account/addresses", [F("Recipient", "赵六"), F("Phone", "13912345678"), F("RegionCode", District), F("Detail", "文一路 8 号")]);
        var form = await buyer.GetAsync("/checkout");
        var placed = await buyer.PostAsync("/checkout",
            [F("IdempotencyKey", form.InputValue("IdempotencyKey")!), F("AddressId", form.Document.QuerySelector("input[name='AddressId']")!.GetAttribute("value")!),
             F("Delivery", "Express"), F("PayBy", "CashOnDelivery"), F("InvoiceKind", "Company"), F("InvoiceTitle", "杭州某某有限公司"), F("TaxId", "91350100M000100Y43"), F("Message", "")],
            form.Token("/checkout"));
        placed.Status.ShouldBe(HttpStatusCode.Redirect, placed.ToString());
        var desk = await product.Merchant.GetAsync("/merchant/orders");
        var id = desk.Document.QuerySelector("[data-testid='desk'] tbody tr")!.GetAttribute("data-id")!;
        return (product, buyer, $"/merchant/orders/{id}");
    }

    private static decimal Yuan(string? text) =>
        decimal.Parse(text!.Replace("¥", "").Replace(",", "").Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// Money on a list is the money of the detail page it links to, for the merchant's desk (its rows and their sum)
    /// and for the buyer's orders: a list once showed ¥0.00 for every order while the detail page was right.
    [Fact]
    public async Task Money_on_the_order_lists_equals_money_on_their_detail_pages()
    {
        var (product, buyer, url) = await OrderAsync();
        var desk = await product.Merchant.GetAsync("/merchant/orders?filter=All");
        var row = desk.Document.QuerySelector($"[data-testid='desk'] tr[data-id='{url.Split('/')[^1]}']")!;
        var detail = await product.Merchant.GetAsync(url);

        var subTotal = Yuan(detail.TestId("sub-total"));
        subTotal.ShouldBe(256m, "two units at ¥128.00, express free from ¥99");
        Yuan(row.QuerySelector("[data-testid='row-total']")!.TextContent).ShouldBe(subTotal);
        Yuan(desk.TestId("desk-total")).ShouldBe(desk.Document.QuerySelectorAll("[data-testid='row-total']").Sum(c => Yuan(c.TextContent)));

        var orders = await buyer.GetAsync("/orders");
        var mine = orders.Document.QuerySelector("[data-testid='orders'] li")!;
        var order = await buyer.GetAsync($"/orders/{mine.GetAttribute("data-id")}");
        Yuan(mine.QuerySelector("[data-testid='row-total']")!.TextContent).ShouldBe(Yuan(order.TestId("order-total")));
        Yuan(order.TestId("order-total")).ShouldBe(subTotal);
    }

    private static long Tile(Page page, string kind, string text) =>
        long.Parse(page.Document.QuerySelector($"[data-testid='{kind}'][data-text='{text}']")!.GetAttribute("data-value")!);

    /// The merchant's first screen shows its work and its day as the database has them, each to-do opening its
    /// filtered list; the platform's shows its queues.
    [Fact]
    public async Task The_home_pages_show_the_work_and_the_day_as_the_database_has_them()
    {
        var (product, _, url) = await OrderAsync();
        var subOrderId = Guid.Parse(url.Split('/')[^1]);
        var (_, toShip, pendingProducts) = await DatabaseAsync(async sp =>
        {
            var orders = sp.GetRequiredService<SharedWarehouse.Modules.Ordering.Data.OrderingDbContext>();
            var shop = (await orders.SubOrders.FindAsync(subOrderId))!.ShopId;
            var catalog = sp.GetRequiredService<SharedWarehouse.Modules.Catalog.Data.CatalogDbContext>();
            return (shop, await orders.SubOrders.CountAsync(s => s.ShopId == shop && s.Status == SharedWarehouse.Modules.Ordering.Domain.OrderStatus.ToShip),
                await catalog.Products.CountAsync(p => p.ShopId == shop && p.Status == SharedWarehouse.Modules.Catalog.Domain.ReviewStatus.Pending));
        });

        var home = await product.Merchant.GetAsync("/merchant");
        (Tile(home, "todo", "待发货"), Tile(home, "todo", "审核中的商品")).ShouldBe((toShip, pendingProducts));
        toShip.ShouldBe(1);
        (Tile(home, "figure", "今日订单"), Tile(home, "figure", "今日销售额")).ShouldBe((1L, 25_600L));
        home.Document.QuerySelector("[data-testid='chart'] table")!.TextContent.ShouldContain("¥256.00");
        var link = home.Document.QuerySelector("[data-testid='todo'][data-text='待发货']")!.GetAttribute("href")!;
        (await product.Merchant.GetAsync(link)).Document.QuerySelectorAll("[data-testid='desk'] tbody tr").Length.ShouldBe(1);

        var admin = await factory.AdminAsync();
        var (applications, reviews) = await DatabaseAsync(async sp => (
            await sp.GetRequiredService<SharedWarehouse.Modules.Merchants.Data.MerchantsDbContext>().Applications.CountAsync(a =>
                a.Status == SharedWarehouse.Modules.Merchants.Domain.ApplicationStatus.Submitted || a.Status == SharedWarehouse.Modules.Merchants.Domain.ApplicationStatus.Resubmitted),
            await sp.GetRequiredService<SharedWarehouse.Modules.Catalog.Data.CatalogDbContext>().Products.CountAsync(p => p.Status == SharedWarehouse.Modules.Catalog.Domain.ReviewStatus.Pending)));
        var console = await admin.GetAsync("/admin");
        (Tile(console, "todo", "开店待审核"), Tile(console, "todo", "商品待审核")).ShouldBe((applications, reviews));
        Tile(console, "figure", "今日订单").ShouldBeGreaterThanOrEqualTo(1);
    }

    private async Task<T> DatabaseAsync<T>(Func<IServiceProvider, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider);
    }

    /// Times are shown in China time (the display zone), each a <time> carrying the UTC instant; no page labels a
    /// column "(UTC)" any more, and the zone is stated once.
    [Fact]
    public async Task Times_on_the_desk_and_the_buyer_s_order_are_china_time()
    {
        var (product, buyer, url) = await OrderAsync();
        var orders = await buyer.GetAsync("/orders");
        var pages = new[] { await product.Merchant.GetAsync("/merchant/orders?filter=All"), await product.Merchant.GetAsync(url), orders,
            await buyer.GetAsync($"/orders/{orders.Document.QuerySelector("[data-testid='orders'] li")!.GetAttribute("data-id")}") };
        foreach (var page in pages)
        {
            var times = page.Document.QuerySelectorAll("main time").ToList();
            times.ShouldNotBeEmpty(page.ToString());
            foreach (var time in times)
            {
                var utc = DateTime.Parse(time.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.AdjustToUniversal);
                var china = utc.AddHours(8);
                time.TextContent.ShouldBeOneOf(china.ToString("yyyy-MM-dd HH:mm"), china.ToString("MM-dd HH:mm"), china.ToString("yyyy-MM-dd HH:mm:ss"));
            }
            page.Document.Body!.TextContent.ShouldNotContain("(UTC)");
            page.Document.QuerySelectorAll("[data-testid='time-zone']").Single().TextContent.ShouldBe("时间按 UTC+08:00 显示");
        }
    }

    [Fact]
    public async Task The_merchant_ships_part_then_the_rest_from_the_desk_with_field_errors_kept_and_prints_the_invoice()
    {
        var (product, buyer, url) = await OrderAsync();
        var merchant = product.Merchant;
        var details = await merchant.GetAsync(url);
        var field = details.Document.QuerySelector($"tr[data-sku='{product.SkuCode}'] input")!.GetAttribute("name")!;
        details.InputValue(field).ShouldBe("2");

        var bad = await merchant.PostAsync($"{url}/ship", [F("Carrier", ""), F("TrackingNumber", "SF123"), F(field, "1")], details.Token($"{url}/ship"));
        bad.Status.ShouldBe(HttpStatusCode.OK);
        bad.FieldError("Carrier").ShouldBe("请选择快递公司");
        bad.FieldError("TrackingNumber").ShouldBe("运单号应为 8 到 30 位字母或数字");
        bad.InputValue("TrackingNumber").ShouldBe("SF123");
        bad.InputValue(field).ShouldBe("1");

        (await merchant.PostAsync($"{url}/ship", [F("Carrier", "SF"), F("TrackingNumber", ""), F(field, "1")], bad.Token($"{url}/ship"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var partly = await merchant.GetAsync(url);
        partly.TestId("status").ShouldBe("部分发货");
        partly.Text("[data-testid='tracking']")!.ShouldStartWith("SF");
        (await merchant.PostAsync($"{url}/ship", [F("Carrier", "ZTO"), F("TrackingNumber", "ZT1234567890"), F(field, "1")], partly.Token($"{url}/ship"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await merchant.GetAsync(url)).TestId("status").ShouldBe("已发货");

        var invoice = await merchant.GetAsync($"{url}/print/invoice");
        invoice.TestId("invoice-number")!.ShouldStartWith("FP");
        invoice.TestId("buyer-tax-id").ShouldBe("91350100M000100Y43");
        invoice.TestId("print-total").ShouldBe("256.00");
        (await merchant.GetAsync($"{url}/print/picklist")).Status.ShouldBe(HttpStatusCode.OK);

        var orders = await buyer.GetAsync("/orders");
        var orderUrl = "/orders/" + orders.Document.QuerySelector("[data-testid='orders'] li")!.GetAttribute("data-id");
        var mine = await buyer.GetAsync(orderUrl);
        mine.TestId("status").ShouldBe("已发货");
        (await buyer.PostAsync($"{orderUrl}/confirm", [], mine.Token($"{orderUrl}/confirm"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var received = await buyer.GetAsync(orderUrl);
        received.TestId("status").ShouldBe("已收货");

        var reviewUrl = received.Document.QuerySelector("[data-testid='review']")!.GetAttribute("href")!;
        var form = await buyer.GetAsync(reviewUrl);
        var noRating = await buyer.PostAsync(reviewUrl, [F("Text", "包装很好")], form.Token(reviewUrl));
        noRating.Status.ShouldBe(HttpStatusCode.OK);
        noRating.FieldError("Rating").ShouldBe("请选择 1 到 5 星");
        noRating.Text("#Text").ShouldBe("包装很好");
        var stranger = await factory.BuyerAsync();
        (await stranger.GetAsync(reviewUrl)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsync(reviewUrl, [F("Rating", "1"), F("Text", "差")], (await stranger.GetAsync("/account/addresses")).Token("/account/addresses")))
            .Status.ShouldBe(HttpStatusCode.NotFound);
        (await buyer.PostAsync(reviewUrl, [F("Rating", "5"), F("Text", "包装很好")], noRating.Token(reviewUrl))).Status.ShouldBe(HttpStatusCode.Redirect);
        var reviews = await merchant.GetAsync("/merchant/reviews");
        reviews.Status.ShouldBe(HttpStatusCode.OK, reviews.ToString());
        reviews.Text("[data-testid='reviews']")!.ShouldContain("包装很好");
        (await factory.NewVisitor().GetAsync($"/products/{product.ProductId}")).TestId("product-rating")!.ShouldContain("5");
    }

    [Fact]
    public async Task Merchant_B_cannot_open_print_or_ship_A_s_sub_order_by_its_url()
    {
        var (product, _, url) = await OrderAsync();
        var b = await CatalogWeb.MerchantAsync(factory);
        var token = (await b.GetAsync("/merchant/warehouses/new")).Token("/merchant/warehouses/new");
        (await b.GetAsync(url)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.GetAsync($"{url}/print/invoice")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.PostAsync($"{url}/ship", [F("Carrier", "SF"), F("TrackingNumber", "")], token)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.GetAsync("/merchant/orders?filter=All")).TestId("total").ShouldBe("共 0 条");
        (await product.Merchant.GetAsync(url)).TestId("status").ShouldBe("待发货");
    }
}
