using Microsoft.AspNetCore.Http;
using SharedWarehouse.BuildingBlocks.Uploads;

namespace SharedWarehouse.BuildingBlocks.Web;

/// The photo field of a form ("Images", multiple files). Browsers never refill file inputs: after an error the person
/// picks the photos again, everything else is kept.
public static class PhotoForm
{
    /// The request size a form with photos accepts: the photos at their limit plus the rest of the form.
    public const long MaxUpload = (Photos.MaxPerPost + 1) * 5L * 1024 * 1024;

    /// Reads at most the size limit + 1 byte per file, and one file more than allowed, so "too large" and "too many"
    /// are still reported without buffering whatever was sent.
    public static async Task<List<UploadedImage>> ReadAsync(IEnumerable<IFormFile>? files, CancellationToken ct)
    {
        var images = new List<UploadedImage>();
        foreach (var file in (files ?? []).Where(f => f.Length > 0).Take(Photos.MaxPerPost + 1))
        {
            var buffer = new byte[Math.Min(file.Length, Photos.Rules.MaxBytes + 1)];
            await using var stream = file.OpenReadStream();
            var read = 0;
            while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read), ct) is var n and > 0) read += n;
            images.Add(new UploadedImage(read == buffer.Length ? buffer : buffer[..read]));
        }
        return images;
    }
}
