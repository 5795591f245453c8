using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class ProductPageTests(SharedWarehouseFactory factory)
{
    /// Tier prices read as shoppers read them ("6 件起 ¥118.00"), not in the form's storage syntax ("6:118.00"),
    /// in the chosen SKU's panel of the chooser.
    [Fact]
    public async Task Tier_prices_are_written_for_people()
    {
        var product = await SellingWeb.SellableAsync(factory, stock: 10);
        var page = await factory.NewVisitor().GetAsync($"/products/{product.ProductId}");
        var chip = page.Document.QuerySelector($"label.sku-chip[data-code='{product.SkuCode}']")!;
        var radio = page.Document.GetElementById(chip.GetAttribute("for")!)!;
        radio.HasAttribute("checked").ShouldBeTrue("the only sellable SKU is chosen to start with");
        var panel = page.Document.QuerySelector($"[data-sku-detail='{radio.GetAttribute("value")}']")!;
        panel.HasAttribute("hidden").ShouldBeFalse();
        panel.QuerySelector(".tier-badge")!.TextContent.Trim().ShouldBe("6 件起 ¥118.00");
        panel.QuerySelector("[data-testid='available']")!.TextContent.Trim().ShouldBe("10");
        page.Document.GetElementById("buy-qty")!.GetAttribute("max").ShouldBe("10");
        page.Document.Body!.TextContent.ShouldNotContain("6:118.00");
    }

    /// 立即购买 posts the same form with Then=checkout: the item goes into the cart and the buyer lands on checkout;
    /// 加入购物车 lands on the cart; a SKU that cannot be sold goes back to the product page with the reason.
    [Fact]
    public async Task Buy_now_goes_to_checkout_and_add_to_cart_to_the_cart()
    {
        var product = await SellingWeb.SellableAsync(factory, stock: 10);
        var buyer = await factory.BuyerAsync();
        var page = await buyer.GetAsync($"/products/{product.ProductId}");
        var back = $"/products/{product.ProductId}";

        (await buyer.PostAsync("/cart/add", [F("SkuId", product.SkuId), F("Quantity", "2"), F("ReturnUrl", back), F("Then", "checkout")], page.Token("/cart/add")))
            .Location.ShouldBe("/checkout");
        (await buyer.GetAsync("/checkout")).Document.QuerySelector("[data-testid='shop']")!.TextContent.ShouldContain("× 2");
        (await buyer.PostAsync("/cart/add", [F("SkuId", product.SkuId), F("Quantity", "1"), F("ReturnUrl", back), F("Then", "cart")], page.Token("/cart/add")))
            .Location.ShouldBe("/cart");
        (await buyer.PostAsync("/cart/add", [F("SkuId", Guid.NewGuid().ToString()), F("Quantity", "1"), F("ReturnUrl", back), F("Then", "checkout")], page.Token("/cart/add")))
            .Location.ShouldBe(back);
        (await buyer.GetAsync("/cart")).Document.QuerySelector("[data-testid='line']")!.TextContent.ShouldContain("3");
    }
}
