using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Uploads;

namespace SharedWarehouse.Modules.Merchants.Web;

internal static class ImageResults
{
    /// Streams a stored upload with a content type from its (generated) extension; never cached by proxies unless
    /// it is public (published shop images: their generated names change whenever the image does).
    public static IActionResult Stream(ControllerBase controller, IFileStore files, string? storedName, bool publicImage = false)
    {
        var stream = storedName is null ? null : files.OpenRead(storedName);
        if (stream is null) return controller.NotFound();
        controller.Response.Headers.CacheControl = publicImage ? "public, max-age=3600" : "private, no-store";
        var contentType = Path.GetExtension(storedName) switch { ".png" => "image/png", ".webp" => "image/webp", _ => "image/jpeg" };
        return controller.File(stream, contentType);
    }
}
