using Microsoft.Extensions.Configuration;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Catalog.Features.ProductImages;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.Review;
using SharedWarehouse.Modules.Catalog.Features.SaveProduct;
using SharedWarehouse.Modules.Catalog.Features.Setup;
using static SharedWarehouse.Modules.Catalog.Seeding.DemoPictures;

namespace SharedWarehouse.Modules.Catalog.Seeding;

/// With Demo:Enabled: the two demo shops get products in several categories, with drawn pictures, SKUs by spec and
/// tier prices — approved, listed and promoted (some 热卖, some 推荐, none twice) — plus one product waiting for
/// review with an automatic finding; all made through the real commands, as a merchant and an admin would.
internal sealed class CatalogDemoData(IConfiguration configuration, IAccountDirectory accounts, ISender sender) : IStartupTask
{
    public int Order => 20; // after the Merchants demo data opened the shops

    private const string Food = "食品";

    private sealed record DemoProduct(string Name, string Category, string Description, string Tags, Dictionary<string, string?> Attributes,
        SkuRow[] Skus, Shape Shape, (byte, byte, byte) Colour, (byte, byte, byte) Backdrop, bool Hot = false, bool Featured = false);

    public async Task RunAsync(CancellationToken ct)
    {
        if (!configuration.GetValue<bool>("Demo:Enabled")) return;
        var reviewer = await accounts.FindIdByPhoneAsync(configuration["Admin:Phone"] ?? "", ct);
        if (reviewer is null) return;
        var categories = await CategoriesAsync(ct);
        if (await accounts.FindIdByPhoneAsync("13900000002", ct) is { } grocer && (await sender.Send(new ListOwnProducts(grocer), ct)).Totals.All == 0)
        {
            foreach (var product in GeneralStore) await PublishAsync(grocer, reviewer.Value, product, categories, ct);
            // One left waiting in the review queue: "顶级" is an absolute term the automatic check flags.
            if (await CreateAsync(grocer, Liquor("顶级陈酿白酒 500ml", "DEMO-CN-500", "398.00", (92, 60, 36)), categories, ct) is { } pending)
                await sender.Send(new SubmitProduct(grocer, pending), ct);
        }
        if (await accounts.FindIdByPhoneAsync("13900000004", ct) is { } clothier && (await sender.Send(new ListOwnProducts(clothier), ct)).Totals.All == 0)
            foreach (var product in ClothingShop) await PublishAsync(clothier, reviewer.Value, product, categories, ct);
    }

    private static readonly DemoProduct[] GeneralStore =
    [
        Liquor("53度酱香型白酒 500ml", "DEMO-JX-500", "268.00", (128, 28, 40)) with { Hot = true },
        new("五常稻花香大米礼盒 5kg", Food, "黑龙江五常当季新米，**真空小包装**，开袋即煮。", "大米,五常",
            new() { ["产地"] = "黑龙江五常", ["净含量"] = "5000", ["保质期"] = "365" },
            [new(null, "DEMO-RICE-5", "6901234567915", "5kg 礼盒", "99.00", "5300", "10:89.00;50:82.00")],
            Shape.Box, (196, 54, 48), (244, 236, 222), Featured: true),
        new("云南小粒咖啡豆 中度烘焙", Food, "保山小粒咖啡，**每周新鲜烘焙**，可代磨粉。", "咖啡,云南",
            new() { ["产地"] = "云南保山", ["净含量"] = "500", ["保质期"] = "270" },
            [new(null, "DEMO-COF-250", "6901234567922", "250g", "45.00", "300", "6:40.00"), new(null, "DEMO-COF-500", "6901234567939", "500g", "78.00", "560", "6:70.00")],
            Shape.Jar, (104, 64, 40), (232, 238, 232), Hot: true),
    ];

    private static readonly DemoProduct[] ClothingShop =
    [
        new("纯棉圆领短袖T恤", CatalogSeed.Apparel, "新疆长绒棉，**200 克重**，不易变形。", "T恤,纯棉",
            new() { ["颜色"] = "白色、黑色", ["尺码"] = "M、L、XL" },
            [.. from colour in new[] { ("白色", "W"), ("黑色", "B") } from size in new[] { "M", "L", "XL" }
                select new SkuRow(null, $"DEMO-TS-{colour.Item2}-{size}", null, $"{colour.Item1} / {size}", "59.00", "220", "10:49.00;50:45.00")],
            Shape.Shirt, (236, 238, 240), (92, 118, 150), Featured: true),
        new("法式碎花连衣裙", CatalogSeed.Apparel, "雪纺面料，**收腰**版型，春夏可穿。", "连衣裙,碎花",
            new() { ["颜色"] = "粉色", ["尺码"] = "S、M、L" },
            [.. from size in new[] { "S", "M", "L" } select new SkuRow(null, $"DEMO-DR-{size}", null, $"粉色 / {size}", "189.00", "350", "5:169.00")],
            Shape.Shirt, (214, 112, 138), (246, 232, 236), Hot: true),
    ];

    private static DemoProduct Liquor(string name, string code, string price, (byte, byte, byte) colour) =>
        new(name, CatalogSeed.Liquor, "**纯粮固态发酵**，窖藏五年。", "白酒,酱香",
            new() { ["产地"] = "贵州仁怀", ["酒精度"] = "53", ["净含量"] = "500", ["配料"] = "高粱、小麦、水" },
            [new(null, code, "6901234567892", "500ml", price, "1100", "6:248.00;12:228.00")], Shape.Bottle, colour, (238, 232, 224));

    private async Task PublishAsync(Guid owner, Guid reviewer, DemoProduct product, IReadOnlyDictionary<string, Guid> categories, CancellationToken ct)
    {
        if (await CreateAsync(owner, product, categories, ct) is not { } id) return;
        await sender.Send(new SubmitProduct(owner, id), ct);
        await sender.Send(new ApproveProduct(reviewer, id), ct);
        await sender.Send(new ListProduct(owner, id), ct);
        if (product.Hot || product.Featured) await sender.Send(new SetProductPromotion(reviewer, id, product.Hot, product.Featured), ct);
    }

    private async Task<Guid?> CreateAsync(Guid owner, DemoProduct p, IReadOnlyDictionary<string, Guid> categories, CancellationToken ct)
    {
        if (!categories.TryGetValue(p.Category, out var categoryId)) return null;
        var saved = await sender.Send(new SaveProduct(owner, null, p.Name, categoryId, null, p.Description, p.Tags, p.Attributes, p.Skus), ct);
        if (saved.IsFailure) return null;
        // Two views: the goods on their colour and on a plain white page.
        await sender.Send(new AddProductImages(owner, saved.Value,
            [new UploadedImage(Draw(p.Shape, p.Colour, p.Backdrop)), new UploadedImage(Draw(p.Shape, p.Colour, (246, 246, 246)))]), ct);
        return saved.Value;
    }

    /// The seeded categories plus 食品 (with its attribute template), created as an admin would on a demo site.
    private async Task<IReadOnlyDictionary<string, Guid>> CategoriesAsync(CancellationToken ct)
    {
        var roots = (await sender.Send(new GetCategoryTree(), ct)).Where(c => c.ParentId is null).ToDictionary(c => c.Name, c => c.Id);
        if (!roots.ContainsKey(Food) && await sender.Send(new CreateCategory(Food, null, 3), ct) is { IsSuccess: true } food)
        {
            await sender.Send(new AddCategoryAttribute(food.Value, "产地", AttributeType.Text, null, Required: true), ct);
            await sender.Send(new AddCategoryAttribute(food.Value, "净含量", AttributeType.Integer, "g", Required: true), ct);
            await sender.Send(new AddCategoryAttribute(food.Value, CatalogSeed.ShelfLifeAttribute, AttributeType.Integer, "天", Required: true), ct);
            // Perishable: no 七天无理由 returns (as marketplaces treat fresh food); faults are still returned.
            await sender.Send(new SetCategoryNoReasonReturns(food.Value, NoReasonReturnChoices.Refused), ct);
            roots[Food] = food.Value;
        }
        return roots;
    }
}
