namespace SharedWarehouse.Modules.Merchants.Domain;

/// A built-in shop layout. Name and Summary are localisation keys.
public sealed record ShopTemplate(string Key, string Name, string Summary);

/// The built-in templates; each renders the same content with a different layout.
public static class ShopTemplates
{
    public const string Classic = "classic";
    public const string Flagship = "flagship";
    public const string Compact = "compact";

    public static IReadOnlyList<ShopTemplate> All { get; } =
    [
        new(Classic, "经典", "顶部轮播广告图，下方热推商品网格"),
        new(Flagship, "旗舰", "通栏大店招，主推商品条，热推商品网格，店铺简介"),
        new(Compact, "简洁", "适合手机的列表布局：小店标、简介和商品列表"),
    ];

    public static bool Exists(string? key) => All.Any(t => t.Key == key);

    public static ShopTemplate Find(string key) => All.FirstOrDefault(t => t.Key == key) ?? All[0];
}
