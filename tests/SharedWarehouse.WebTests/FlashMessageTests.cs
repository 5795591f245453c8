using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// The one-line message after a redirect says what happened in the right colour: done is green (a status), a
/// refusal is red and announced at once (an alert), never a refusal dressed as success.
[Collection(WebCollection.Name)]
public sealed class FlashMessageTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task A_refusal_is_flashed_as_an_error_and_success_as_success()
    {
        var product = await SellingWeb.SellableAsync(factory, stock: 10);
        var buyer = factory.NewVisitor();
        var page = await buyer.GetAsync($"/products/{product.ProductId}");
        await buyer.PostAsync("/cart/add", [F("SkuId", product.SkuId), F("Quantity", "1")], page.Token("/cart/add"));

        var cart = await buyer.GetAsync("/cart");
        var done = cart.Document.QuerySelector("[data-testid='flash']")!;
        (done.TextContent, done.GetAttribute("data-kind"), done.GetAttribute("role"), done.ClassList.Contains("alert-success"))
            .ShouldBe(("已加入购物车", "success", "status", true));

        await buyer.PostAsync($"/cart/{product.SkuId}/quantity", [F("quantity", "0")], cart.Token($"/cart/{product.SkuId}/quantity"));

        var refused = (await buyer.GetAsync("/cart")).Document.QuerySelector("[data-testid='flash']")!;
        (refused.TextContent, refused.GetAttribute("data-kind"), refused.GetAttribute("role"), refused.ClassList.Contains("alert-danger"))
            .ShouldBe(("数量应在 1 到 999 之间", "error", "alert", true));
    }
}
