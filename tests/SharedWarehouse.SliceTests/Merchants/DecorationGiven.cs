using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Merchants.Features.Decoration;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Merchants;

/// Builders for shop decoration tests, made through the real commands.
public static class DecorationGiven
{
    public static UploadedImage Image(byte red = 10) => new(PngWriter.Solid(400, 300, red, 90, 40));

    /// An approved and listed product of the owner's shop.
    public static async Task<Guid> ListedProductAsync(this AppFixture app, Merchant merchant, Guid reviewer, string name = "陈年黄酒")
    {
        var id = await app.ApprovedProductAsync(merchant.OwnerId, reviewer, name);
        (await app.SendAsync(new ListProduct(merchant.OwnerId, id))).Errors.ShouldBeEmpty();
        return id;
    }

    /// A merchant whose decoration was started from a template.
    public static async Task<Merchant> DecoratingMerchantAsync(this AppFixture app, string template = ShopTemplates.Classic)
    {
        var merchant = await app.MerchantAsync();
        (await app.SendAsync(new ChooseTemplate(merchant.OwnerId, template, Confirm: true))).Errors.ShouldBeEmpty();
        return merchant;
    }

    public static SaveDecorationDraft Draft(Guid ownerId, string intro = "百年老店", IReadOnlyList<Guid>? hot = null,
        IReadOnlyList<Guid>? featured = null, UploadedImage? banner = null, string? bannerLink = null) =>
        new(ownerId, intro, Image(), false, Image(200), false, [], banner, bannerLink, null, hot ?? [], featured ?? []);
}
