using Microsoft.Extensions.Configuration;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Catalog.Features.ProductImages;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.Review;
using SharedWarehouse.Modules.Catalog.Features.SaveProduct;

namespace SharedWarehouse.Modules.Catalog.Seeding;

/// With Demo:Enabled: the demo shop (13900000002) gets one approved, listed liquor product and one waiting
/// for review with an automatic finding, all made through the real commands.
internal sealed class CatalogDemoData(IConfiguration configuration, IAccountDirectory accounts, ISender sender) : IStartupTask
{
    public int Order => 20; // after the Merchants demo data opened the shop

    public async Task RunAsync(CancellationToken ct)
    {
        if (!configuration.GetValue<bool>("Demo:Enabled")) return;
        if (await accounts.FindIdByPhoneAsync("13900000002", ct) is not { } owner) return;
        if ((await sender.Send(new ListOwnProducts(owner), ct)).Totals.All > 0) return;
        var liquor = (await sender.Send(new GetCategoryTree(), ct)).FirstOrDefault(c => c.Name == CatalogSeed.Liquor && c.ParentId is null);
        if (liquor is null) return;

        var listed = await CreateAsync(owner, liquor.Id, "53度酱香型白酒 500ml", "DEMO-JX-500", 30, ct);
        if (listed is { } id && await accounts.FindIdByPhoneAsync(configuration["Admin:Phone"] ?? "", ct) is { } reviewer)
        {
            await sender.Send(new SubmitProduct(owner, id), ct);
            await sender.Send(new ApproveProduct(reviewer, id), ct);
            await sender.Send(new ListProduct(owner, id), ct);
            await sender.Send(new SetProductPromotion(reviewer, id, Hot: true, Featured: true), ct);
        }
        if (await CreateAsync(owner, liquor.Id, "顶级陈酿白酒 500ml", "DEMO-CN-500", 160, ct) is { } pending)
            await sender.Send(new SubmitProduct(owner, pending), ct);
    }

    private async Task<Guid?> CreateAsync(Guid owner, Guid categoryId, string name, string code, byte colour, CancellationToken ct)
    {
        var attributes = new Dictionary<string, string?> { ["产地"] = "贵州仁怀", ["酒精度"] = "53", ["净含量"] = "500", ["配料"] = "高粱、小麦、水" };
        var saved = await sender.Send(new SaveProduct(owner, null, name, categoryId, null, "**纯粮固态发酵**，窖藏五年。", "白酒,酱香", attributes,
            [new SkuRow(null, code, "6901234567892", "500ml", "268.00", "1100", "6:248.00;12:228.00")]), ct);
        if (saved.IsFailure) return null;
        await sender.Send(new AddProductImages(owner, saved.Value, [new UploadedImage(PngWriter.Solid(600, 600, colour, 60, 40))]), ct);
        return saved.Value;
    }
}
