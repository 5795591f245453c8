using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Uploads;

namespace SharedWarehouse.Modules.Ordering.Web;

internal static class ImageResults
{
    /// Streams a stored review photo with a content type from its generated extension (set from the inspected
    /// format when it was stored). Review photos never change once written, so they may be cached publicly.
    public static IActionResult Stream(ControllerBase controller, IFileStore files, string? storedName)
    {
        var stream = storedName is null ? null : files.OpenRead(storedName);
        if (stream is null) return controller.NotFound();
        controller.Response.Headers.CacheControl = "public, max-age=3600";
        var contentType = Path.GetExtension(storedName) switch { ".png" => "image/png", ".webp" => "image/webp", _ => "image/jpeg" };
        return controller.File(stream, contentType);
    }
}
