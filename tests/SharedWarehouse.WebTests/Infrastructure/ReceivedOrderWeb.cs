using System.Net;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests.Infrastructure;

/// A cash-on-delivery order of one product, through the real forms: put in the cart, an address added, checked out,
/// shipped whole from the merchant's desk and confirmed received by the buyer. Received is the order page afterwards.
public sealed record ReceivedOrder(SellableProduct Product, Visitor Buyer, string OrderUrl, Page Received);

internal static class ReceivedOrderWeb
{
    public static async Task<ReceivedOrder> ReceivedAsync(SharedWarehouseFactory factory, int quantity, int stock)
    {
        var product = await SellingWeb.SellableAsync(factory, stock: stock);
        var buyer = await factory.BuyerAsync();
        var page = await buyer.GetAsync($"/products/{product.ProductId}");
        await buyer.PostAsync("/cart/add", [F("SkuId", product.SkuId), F("Quantity", quantity.ToString())], page.Token("/cart/add"));
        await buyer.SubmitAsync("/account/addresses", "/account/addresses", [F("Recipient", "钱七"), F("Phone", "13912345678"), F("RegionCode", District), F("Detail", "文二路 9 号")]);
        var form = await buyer.GetAsync("/checkout");
        var placed = await buyer.PostAsync("/checkout",
            [F("IdempotencyKey", form.InputValue("IdempotencyKey")!), F("AddressId", form.Document.QuerySelector("input[name='AddressId']")!.GetAttribute("value")!),
             F("Delivery", "Express"), F("PayBy", "CashOnDelivery"), F("InvoiceKind", "None"), F("Message", "")],
            form.Token("/checkout"));
        placed.Status.ShouldBe(HttpStatusCode.Redirect, placed.ToString());
        var orderUrl = placed.Location!;
        var desk = await product.Merchant.GetAsync("/merchant/orders");
        var deskUrl = "/merchant/orders/" + desk.Document.QuerySelector("[data-testid='desk'] tbody tr")!.GetAttribute("data-id");
        var details = await product.Merchant.GetAsync(deskUrl);
        var field = details.Document.QuerySelector($"tr[data-sku='{product.SkuCode}'] input")!.GetAttribute("name")!;
        (await product.Merchant.PostAsync($"{deskUrl}/ship", [F("Carrier", "SF"), F("TrackingNumber", ""), F(field, quantity.ToString())], details.Token($"{deskUrl}/ship")))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        var mine = await buyer.GetAsync(orderUrl);
        (await buyer.PostAsync($"{orderUrl}/confirm", [], mine.Token($"{orderUrl}/confirm"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var received = await buyer.GetAsync(orderUrl);
        received.TestId("status").ShouldBe("已收货");
        return new ReceivedOrder(product, buyer, orderUrl, received);
    }
}
