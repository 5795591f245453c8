namespace SharedWarehouse.BuildingBlocks.Uploads;

// Stored files get their extension and Content-Type from the inspected format, never from what the
// client sent, so a renamed file cannot be served back with a type the browser would execute.
public static class ImageFileExtensions
{
    public static string ToFileExtension(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => ".jpg",
        ImageFormat.Png => ".png",
        ImageFormat.Webp => ".webp",
        // Unknown content must have been rejected by ImageRules before anything is stored.
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a recognised image format."),
    };

    public static string ToContentType(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.Webp => "image/webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a recognised image format."),
    };
}
