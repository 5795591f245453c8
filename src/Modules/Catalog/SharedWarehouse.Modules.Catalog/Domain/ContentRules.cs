using System.Collections.Frozen;
using SharedWarehouse.BuildingBlocks.Uploads;

namespace SharedWarehouse.Modules.Catalog.Domain;

/// Word lists for the automatic checks, bound from configuration section "Catalog:ContentRules". The shipped
/// defaults apply when the section is absent; setting a list in configuration replaces that list.
public sealed class ContentRules
{
    public const string Section = "Catalog:ContentRules";

    /// Absolute terms banned in advertising by the Advertising Law art. 9(3).
    public static readonly string[] DefaultAbsoluteTerms =
        ["最佳", "最好", "第一", "国家级", "世界级", "顶级", "最高级", "最高", "唯一", "首个", "极品", "绝无仅有", "万能"];

    /// Goods that may not be sold at all.
    public static readonly string[] DefaultProhibitedTerms =
        ["枪支", "弹药", "毒品", "假币", "管制刀具", "爆炸物", "迷药", "窃听器"];

    public string[]? AbsoluteTerms { get; set; }
    public string[]? ProhibitedTerms { get; set; }

    public IReadOnlyList<string> Absolute => AbsoluteTerms is { Length: > 0 } a ? a : DefaultAbsoluteTerms;
    public IReadOnlyList<string> Prohibited => ProhibitedTerms is { Length: > 0 } p ? p : DefaultProhibitedTerms;

    /// Product photos: large enough to show a product, same formats and limits as other uploads.
    public static ImageRules ProductImages { get; } = new(
        MaxBytes: 5 * 1024 * 1024, MinWidth: 200, MinHeight: 200, MaxWidth: 8000, MaxHeight: 8000,
        Allowed: new[] { ImageFormat.Jpeg, ImageFormat.Png, ImageFormat.Webp }.ToFrozenSet());
}

/// The automatic checks run at submission. Findings do not block the submission: the reviewer sees them
/// highlighted and decides.
public static class ContentChecker
{
    public sealed record Text(string Field, string? Value);

    public static List<ReviewFinding> CheckTexts(ContentRules rules, IEnumerable<Text> texts)
    {
        var findings = new List<ReviewFinding>();
        foreach (var text in texts.Where(t => !string.IsNullOrEmpty(t.Value)))
        {
            foreach (var term in rules.Prohibited.Where(t => text.Value!.Contains(t, StringComparison.OrdinalIgnoreCase)))
                findings.Add(new ReviewFinding(FindingKind.ProhibitedGoods, text.Field, term, "疑似禁售商品"));
            foreach (var term in rules.Absolute.Where(t => text.Value!.Contains(t, StringComparison.OrdinalIgnoreCase)))
                findings.Add(new ReviewFinding(FindingKind.AbsoluteTerm, text.Field, term, "含广告法禁用的绝对化用语"));
        }
        return findings;
    }

    /// Images: rules re-applied to the stored metadata (rules may have tightened since upload), duplicates
    /// inside the product, and duplicates of another product's image in the same shop (by SHA-256).
    public static List<ReviewFinding> CheckImages(IReadOnlyList<ProductImage> images, ISet<string> otherProductHashes)
    {
        var findings = new List<ReviewFinding>();
        var seen = new HashSet<string>();
        var rules = ContentRules.ProductImages;
        foreach (var image in images.OrderBy(i => i.SortOrder))
        {
            var field = "图片 " + image.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (image.Length > rules.MaxBytes) findings.Add(new ReviewFinding(FindingKind.Image, field, "", "图片超过大小限制"));
            if (image.Width < rules.MinWidth || image.Height < rules.MinHeight) findings.Add(new ReviewFinding(FindingKind.Image, field, "", "图片尺寸太小"));
            if (image.Width > rules.MaxWidth || image.Height > rules.MaxHeight) findings.Add(new ReviewFinding(FindingKind.Image, field, "", "图片尺寸过大"));
            if (!Enum.TryParse<ImageFormat>(image.Format, out var format) || !rules.Allowed.Contains(format))
                findings.Add(new ReviewFinding(FindingKind.Image, field, "", "图片格式不允许"));
            if (!seen.Add(image.Sha256)) findings.Add(new ReviewFinding(FindingKind.DuplicateImage, field, "", "与本商品的另一张图片重复"));
            else if (otherProductHashes.Contains(image.Sha256))
                findings.Add(new ReviewFinding(FindingKind.DuplicateImage, field, "", "与本店其他商品的图片重复"));
        }
        return findings;
    }
}
