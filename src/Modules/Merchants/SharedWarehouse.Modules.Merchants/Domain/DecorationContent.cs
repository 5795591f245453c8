using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Domain;

/// One banner/ad image: its stored file, where a click goes, and its place in the carousel (Order, 1-based).
public sealed record DecorationBanner(Guid Id, string Image, string Link, int Order);

/// What a shop page shows: the draft and every published version hold one of these (as JSON).
/// Images are stored file names, never addresses given by the client.
public sealed record DecorationContent(
    string TemplateKey,
    string Intro,
    string? LogoImage,
    string? DoorHeadImage,
    IReadOnlyList<DecorationBanner> Banners,
    IReadOnlyList<Guid> HotProductIds,
    IReadOnlyList<Guid> FeaturedProductIds)
{
    public const int MaxIntroLength = 500;
    public const int MaxBanners = 6;
    public const int MaxLinkLength = 300;
    public const int MaxHotProducts = 12;
    public const int MaxFeaturedProducts = 4;

    public static DecorationContent Empty(string templateKey) => new(templateKey, "", null, null, [], [], []);

    /// Every rule of the content. onSale is the set of the shop's own listed products: anything else
    /// (another shop's product, a draft, a delisted one) cannot be chosen.
    public Result Check(IReadOnlySet<Guid> onSale)
    {
        var errors = new List<Error>();
        if (!ShopTemplates.Exists(TemplateKey)) errors.Add(Error.Validation("TemplateKey", "请选择店铺模板"));
        if (Intro.Length > MaxIntroLength) errors.Add(Error.Validation("Intro", "店铺简介最多 {0} 个字", MaxIntroLength));
        if (Banners.Count > MaxBanners) errors.Add(Error.Validation("Banners", "广告图最多 {0} 张", MaxBanners));
        if (Banners.Any(b => !IsValidLink(b.Link))) errors.Add(Error.Validation("Banners", "链接须为以 / 开头的站内路径或 https 地址"));
        if (Banners.Any(b => b.Order is < 1 or > 99)) errors.Add(Error.Validation("Banners", "排序须为 1 到 99 的整数"));
        CheckProducts(errors, "HotProductIds", HotProductIds, MaxHotProducts, "热推商品最多选择 {0} 个", onSale);
        CheckProducts(errors, "FeaturedProductIds", FeaturedProductIds, MaxFeaturedProducts, "主推商品最多选择 {0} 个", onSale);
        return errors.Count == 0 ? Result.Success() : Result.Failure(errors);
    }

    private static void CheckProducts(List<Error> errors, string field, IReadOnlyList<Guid> ids, int max, string tooMany, IReadOnlySet<Guid> onSale)
    {
        if (ids.Count > max) errors.Add(Error.Validation(field, tooMany, max));
        if (ids.Distinct().Count() != ids.Count) errors.Add(Error.Validation(field, "同一商品不能重复选择"));
        if (ids.Any(id => !onSale.Contains(id))) errors.Add(Error.Validation(field, "只能选择本店在售的商品"));
    }

    /// A site path ("/products/…", not "//host" which browsers treat as another site) or an https address
    /// with a host; javascript:, data:, http: and anything else are refused.
    public static bool IsValidLink(string? link)
    {
        if (string.IsNullOrWhiteSpace(link) || link.Length > MaxLinkLength || link != link.Trim()) return false;
        if (link.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\')) return false;
        if (link.StartsWith('/')) return !link.StartsWith("//", StringComparison.Ordinal);
        return Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            && uri.Host.Length > 0 && string.IsNullOrEmpty(uri.UserInfo)
            && link.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }

    /// The stored files this content shows (for serving them only while they are in use).
    public IEnumerable<string> Images() =>
        new[] { LogoImage, DoorHeadImage }.OfType<string>().Concat(Banners.Select(b => b.Image));
}
