using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.Modules.Merchants.Features.Decoration;

public sealed record BannerView(string ImageUrl, string Link);

/// Everything a shop page shows. The buyer page (published version) and the owner's preview (draft) are both
/// this model rendered by the same view, so the preview is exactly what buyers will see.
/// TemplateKey is null for a shop that has published nothing: a plain page with its products.
/// The products (Catalog's ShopProducts view component) and the rating (Ordering's ShopRating) are placed by the
/// view, which names the products chosen here; Catalog leaves out those no longer on sale.
public sealed record ShopPageView(
    Guid ShopId,
    string ShopName,
    string RegionCode,
    string? TemplateKey,
    string Intro,
    string? LogoUrl,
    string? DoorHeadUrl,
    IReadOnlyList<BannerView> Banners,
    IReadOnlyList<Guid> FeaturedProductIds,
    IReadOnlyList<Guid> HotProductIds,
    bool IsPreview);

public sealed record VersionView(Guid Id, int Number, string PublishedBy, DateTime PublishedUtc, bool IsCurrent);

/// The owner's editing page: Draft is null until a template was chosen.
public sealed record DecorationEditor(
    Guid ShopId,
    string ShopName,
    DecorationContent? Draft,
    int? PublishedNumber,
    bool HasUnpublishedChanges,
    IReadOnlyList<VersionView> Versions)
{
    public string ImageUrl(string storedName) => DecorationImages.OwnerUrl(storedName);
}

internal static class DecorationImages
{
    public static string FileName(string storedName) => Path.GetFileName(storedName);

    public static string PublicUrl(Guid shopId, string storedName) => $"/shops/{shopId}/images/{FileName(storedName)}";

    public static string OwnerUrl(string storedName) => $"/merchant/decoration/images/{FileName(storedName)}";
}
