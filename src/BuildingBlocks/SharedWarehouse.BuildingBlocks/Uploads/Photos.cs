using System.Collections.Frozen;
using System.Globalization;
using SharedWarehouse.BuildingBlocks.Localization;

namespace SharedWarehouse.BuildingBlocks.Uploads;

/// An uploaded photo after it was written to the file store under a generated name.
public sealed record StoredPhoto(string StoredName, int Length, int Width, int Height);

/// Buyers' and merchants' photos attached to what they write (reviews, after-sales evidence): one set of limits, one
/// check, one way to store them, so every photo form answers the same way.
public static class Photos
{
    /// At most this many photos per review or per after-sales step.
    public const int MaxPerPost = 6;

    /// The same limits as other uploads (UploadedImage.MessageFor names these numbers).
    public static ImageRules Rules { get; } = new(
        MaxBytes: 5 * 1024 * 1024, MinWidth: 200, MinHeight: 200, MaxWidth: 8000, MaxHeight: 8000,
        Allowed: new[] { ImageFormat.Jpeg, ImageFormat.Png, ImageFormat.Webp }.ToFrozenSet());

    /// What is wrong with these photos, translated, for a validator to put on the "Images" field (nothing when fine).
    public static IEnumerable<string> Problems(IReadOnlyList<UploadedImage>? images)
    {
        if (images is null) yield break;
        if (images.Count > MaxPerPost) yield return string.Format(CultureInfo.CurrentCulture, TextCatalog.Translate("最多上传 {0} 张图片"), MaxPerPost);
        foreach (var check in images.Select(i => i.Check(Rules)).Where(c => c != ImageCheck.Ok).Distinct())
            yield return TextCatalog.Translate(UploadedImage.MessageFor(check));
    }

    /// Writes checked photos under generated names in the folder; call only once everything else has passed.
    public static async Task<IReadOnlyList<StoredPhoto>> StoreAsync(IFileStore files, string folder, IEnumerable<UploadedImage>? images, CancellationToken ct)
    {
        var stored = new List<StoredPhoto>();
        foreach (var image in images ?? [])
        {
            var inspection = image.Inspect();
            var name = await files.SaveAsync(folder, image.Content, inspection.Format.ToFileExtension(), ct);
            stored.Add(new StoredPhoto(name, image.Content.Length, inspection.Width, inspection.Height));
        }
        return stored;
    }
}
