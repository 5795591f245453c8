using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// The buyer's account centre: orders by state with counts that open the filtered list, and every account page
/// (addresses were reachable only from checkout before).
[Collection(WebCollection.Name)]
public sealed class AccountCentreTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task A_buyer_sees_orders_by_state_and_reaches_every_account_page()
    {
        var product = await SellingWeb.SellableAsync(factory, stock: 5);
        var buyer = await factory.BuyerAsync();
        var page = await buyer.GetAsync($"/products/{product.ProductId}");
        await buyer.PostAsync("/cart/add", [F("SkuId", product.SkuId), F("Quantity", "1")], page.Token("/cart/add"));
        await buyer.SubmitAsync("/account/addresses", "/account/addresses", [F("Recipient", "孙七"), F("Phone", "13912345678"), F("RegionCode", District), F("Detail", "文二路 9 号")]);
        var form = await buyer.GetAsync("/checkout");
        (await buyer.PostAsync("/checkout",
            [F("IdempotencyKey", form.InputValue("IdempotencyKey")!), F("AddressId", form.Document.QuerySelector("input[name='AddressId']")!.GetAttribute("value")!),
             F("Delivery", "Express"), F("PayBy", "CashOnDelivery"), F("InvoiceKind", "None"), F("InvoiceTitle", ""), F("TaxId", ""), F("Message", "")],
            form.Token("/checkout"))).Status.ShouldBe(HttpStatusCode.Redirect);

        var centre = await buyer.GetAsync("/account");
        var todos = centre.Document.QuerySelectorAll("[data-testid='todo']").ToDictionary(t => t.GetAttribute("data-text")!, t => t);
        todos.Keys.ShouldBe(["待付款", "待发货", "待收货", "已完成"]);
        (todos["待付款"].GetAttribute("data-value"), todos["待发货"].GetAttribute("data-value")).ShouldBe(("0", "1"));
        var toShip = await buyer.GetAsync(todos["待发货"].GetAttribute("href")!);
        toShip.Document.QuerySelectorAll("[data-testid='orders'] li").Length.ShouldBe(1);
        var links = centre.Document.QuerySelectorAll("[data-testid='account-links'] a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldContain("/orders");
        links.ShouldContain("/account/addresses");
        links.ShouldContain("/account/reviews");
        links.ShouldContain("/inbox");
        links.ShouldContain("/cart");
        (await buyer.GetAsync("/")).Document.QuerySelector("[data-testid='main-menu'] a[href='/account']").ShouldNotBeNull();

        (await factory.NewVisitor().GetAsync("/account")).Status.ShouldBe(HttpStatusCode.Redirect);
    }
}
