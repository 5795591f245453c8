using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Ordering.Contracts;

namespace SharedWarehouse.Modules.Merchants.Features.Decoration;

public sealed record BannerView(string ImageUrl, string Link);

/// Everything a shop page shows. The buyer page (published version) and the owner's preview (draft) are both
/// this model rendered by the same view, so the preview is exactly what buyers will see.
/// TemplateKey is null for a shop that has published nothing: a plain page with its products.
/// Rating is the buyers' rating from Ordering's reviews (null: no reviews yet).
public sealed record ShopPageView(
    Guid ShopId,
    string ShopName,
    string RegionCode,
    string? TemplateKey,
    string Intro,
    string? LogoUrl,
    string? DoorHeadUrl,
    IReadOnlyList<BannerView> Banners,
    IReadOnlyList<ShopProduct> Featured,
    IReadOnlyList<ShopProduct> Hot,
    IReadOnlyList<ShopProduct> Products,
    bool IsPreview,
    RatingView? Rating = null);

/// A titled group of product cards on a shop page.
public sealed record ProductSection(string Title, string TestId, IReadOnlyList<ShopProduct> Products);

public sealed record VersionView(Guid Id, int Number, string PublishedBy, DateTime PublishedUtc, bool IsCurrent);

/// The owner's editing page: Draft is null until a template was chosen.
public sealed record DecorationEditor(
    Guid ShopId,
    string ShopName,
    DecorationContent? Draft,
    int? PublishedNumber,
    bool HasUnpublishedChanges,
    IReadOnlyList<VersionView> Versions,
    IReadOnlyList<ShopProduct> OnSale)
{
    public string ImageUrl(string storedName) => DecorationImages.OwnerUrl(storedName);
}

internal static class DecorationImages
{
    public static string FileName(string storedName) => Path.GetFileName(storedName);

    public static string PublicUrl(Guid shopId, string storedName) => $"/shops/{shopId}/images/{FileName(storedName)}";

    public static string OwnerUrl(string storedName) => $"/merchant/decoration/images/{FileName(storedName)}";
}
