using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Uploads;

namespace SharedWarehouse.Modules.Catalog.Web;

internal static class ImageResults
{
    /// Streams a stored upload with a content type from its (generated) extension.
    public static IActionResult Stream(ControllerBase controller, IFileStore files, string? storedName, bool publicImage = false)
    {
        var stream = storedName is null ? null : files.OpenRead(storedName);
        if (stream is null) return controller.NotFound();
        controller.Response.Headers.CacheControl = publicImage ? "public, max-age=3600" : "private, no-store";
        var contentType = Path.GetExtension(storedName) switch { ".png" => "image/png", ".webp" => "image/webp", _ => "image/jpeg" };
        return controller.File(stream, contentType);
    }
}
