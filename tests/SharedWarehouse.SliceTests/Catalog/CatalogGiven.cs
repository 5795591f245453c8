using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Catalog.Features.ProductImages;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.Review;
using SharedWarehouse.Modules.Catalog.Features.SaveProduct;
using SharedWarehouse.Modules.Merchants.Features.ReviewApplication;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Catalog;

public sealed record Merchant(Guid OwnerId, Guid ShopId);

/// Builders for catalog tests, made through the real commands.
public static class CatalogGiven
{
    private static int _seed = Random.Shared.Next(1, 1_000_000);

    public static string NewCode() => "SKU-" + Interlocked.Increment(ref _seed);

    public static async Task<Merchant> MerchantAsync(this AppFixture app)
    {
        var owner = await app.BuyerAsync();
        var reviewer = await app.ReviewerAsync();
        var application = (await app.SendAsync(Given.Application(owner))).Value;
        (await app.SendAsync(new ApproveApplication(reviewer, application))).Errors.ShouldBeEmpty();
        await app.DispatchEventsAsync();
        var shop = await app.WithScopeAsync(sp =>
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Modules.Merchants.Contracts.IMerchantDirectory>(sp)
                .FindShopOfOwnerAsync(owner, CancellationToken.None));
        return new Merchant(owner, shop!.ShopId);
    }

    public static async Task<Guid> CategoryAsync(this AppFixture app, string name = "酒水") =>
        (await app.SendAsync(new GetCategoryTree())).Single(c => c.Name == name && c.ParentId == null).Id;

    public static Dictionary<string, string?> LiquorAttributes() =>
        new() { ["产地"] = "贵州仁怀", ["酒精度"] = "53", ["净含量"] = "500", ["配料"] = "高粱、小麦、水", ["保质期"] = "3650" };

    public static SkuRow Sku(string? code = null, string price = "128.00", string? tiers = null, Guid? id = null) =>
        new(id, code ?? NewCode(), "6901234567892", "500ml", price, "900", tiers);

    public static async Task<SaveProduct> ProductAsync(this AppFixture app, Guid ownerId, Guid? productId = null, string name = "酱香型白酒",
        string description = "**纯粮酿造**", params SkuRow[] skus) =>
        new(ownerId, productId, name, await app.CategoryAsync(), null, description, "白酒,酱香", LiquorAttributes(),
            skus.Length > 0 ? skus : [Sku()]);

    public static UploadedImage Image(byte red = 10) => new(PngWriter.Solid(400, 400, red, 120, 200));

    /// A product with one image, not yet submitted.
    public static async Task<Guid> DraftProductAsync(this AppFixture app, Guid ownerId, string name = "酱香型白酒", byte imageColour = 10)
    {
        var saved = await app.SendAsync(await app.ProductAsync(ownerId, name: name));
        saved.Errors.ShouldBeEmpty();
        (await app.SendAsync(new AddProductImages(ownerId, saved.Value, [Image(imageColour)]))).Errors.ShouldBeEmpty();
        return saved.Value;
    }

    public static async Task<Guid> ApprovedProductAsync(this AppFixture app, Guid ownerId, Guid reviewerId, string name = "酱香型白酒", byte imageColour = 10)
    {
        var id = await app.DraftProductAsync(ownerId, name, imageColour);
        (await app.SendAsync(new SubmitProduct(ownerId, id))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ApproveProduct(reviewerId, id))).Errors.ShouldBeEmpty();
        return id;
    }
}
