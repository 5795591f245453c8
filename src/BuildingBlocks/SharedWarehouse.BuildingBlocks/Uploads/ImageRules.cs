using System.Collections.Frozen;

namespace SharedWarehouse.BuildingBlocks.Uploads;

public enum ImageCheck
{
    Ok,
    Empty,
    TooLarge,
    NotAnImage,
    FormatNotAllowed,
    TooSmall,
    TooBig,
}

public sealed record ImageRules(
    long MaxBytes,
    int MinWidth,
    int MinHeight,
    int MaxWidth,
    int MaxHeight,
    IReadOnlySet<ImageFormat> Allowed)
{
    // Photos of ID cards, licences and signed paperwork: 200 px is the least that stays legible,
    // and 8000 px / 5 MiB covers any phone camera while bounding what a later resize must decode.
    public static ImageRules Documents { get; } = new(
        MaxBytes: 5 * 1024 * 1024,
        MinWidth: 200,
        MinHeight: 200,
        MaxWidth: 8000,
        MaxHeight: 8000,
        Allowed: new[] { ImageFormat.Jpeg, ImageFormat.Png, ImageFormat.Webp }.ToFrozenSet());

    // Cheapest checks first: size needs no parsing, so an oversized upload is rejected on length
    // alone even if its header could not be inspected.
    public ImageCheck Check(long length, ImageInspection inspection)
    {
        if (length <= 0)
        {
            return ImageCheck.Empty;
        }

        if (length > MaxBytes)
        {
            return ImageCheck.TooLarge;
        }

        if (!inspection.IsRecognised)
        {
            return ImageCheck.NotAnImage;
        }

        if (!Allowed.Contains(inspection.Format))
        {
            return ImageCheck.FormatNotAllowed;
        }

        if (inspection.Width < MinWidth || inspection.Height < MinHeight)
        {
            return ImageCheck.TooSmall;
        }

        if (inspection.Width > MaxWidth || inspection.Height > MaxHeight)
        {
            return ImageCheck.TooBig;
        }

        return ImageCheck.Ok;
    }
}
