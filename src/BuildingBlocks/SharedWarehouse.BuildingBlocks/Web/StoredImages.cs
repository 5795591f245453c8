using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Uploads;

namespace SharedWarehouse.BuildingBlocks.Web;

/// Who may keep a copy of a streamed image.
public enum ImageCaching
{
    /// Documents and drafts only their owner or a reviewer may see: never stored by a proxy or the browser.
    Private,

    /// Published images: a stored name never gets new content (a changed image is stored under a new generated
    /// name), so an hour's cache is never stale.
    Public,
}

public static class StoredImages
{
    /// Streams an upload (already checked to be visible to this user) with the Content-Type of its generated
    /// extension, which was set from the inspected format when it was stored, never from what the client sent.
    public static IActionResult StoredImage(this ControllerBase controller, IFileStore files, string? storedName, ImageCaching caching)
    {
        var stream = storedName is null ? null : files.OpenRead(storedName);
        if (stream is null) return controller.NotFound();
        controller.Response.Headers.CacheControl = caching == ImageCaching.Public ? "public, max-age=3600" : "private, no-store";
        var contentType = Path.GetExtension(storedName) switch { ".png" => "image/png", ".webp" => "image/webp", _ => "image/jpeg" };
        return controller.File(stream, contentType);
    }
}
