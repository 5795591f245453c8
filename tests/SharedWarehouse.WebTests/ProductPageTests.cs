using SharedWarehouse.WebTests.Infrastructure;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class ProductPageTests(SharedWarehouseFactory factory)
{
    /// Tier prices read as shoppers read them ("6 件起 ¥118.00"), not in the form's storage syntax ("6:118.00").
    [Fact]
    public async Task Tier_prices_are_written_for_people()
    {
        var product = await SellingWeb.SellableAsync(factory, stock: 10);
        var page = await factory.NewVisitor().GetAsync($"/products/{product.ProductId}");
        var tiers = page.Document.QuerySelector($"[data-testid='skus'] tr[data-code='{product.SkuCode}'] [data-testid='tiers']")!;
        tiers.TextContent.Trim().ShouldBe("6 件起 ¥118.00");
        page.Document.Body!.TextContent.ShouldNotContain("6:118.00");
    }
}
