using Microsoft.AspNetCore.Http;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Merchants.Features.SaveApplication;

namespace SharedWarehouse.Modules.Merchants.Web;

/// The application form: only these fields bind (no status, no applicant id, no shop id).
public sealed class ApplicationInput
{
    public string? ShopName { get; set; }
    public ShopType? ShopType { get; set; }
    public string? BusinessScope { get; set; }
    public string? RegionCode { get; set; }
    public string? LegalPersonName { get; set; }
    public string? IdNumber { get; set; }
    public IFormFile? LicenseImage { get; set; }
    public IFormFile? IdImage { get; set; }

    internal async Task<SaveApplication> ToCommandAsync(Guid applicantId, bool submit, CancellationToken ct) =>
        new(applicantId, ShopName, ShopType, BusinessScope, RegionCode, LegalPersonName, IdNumber,
            await ReadAsync(LicenseImage, ct), await ReadAsync(IdImage, ct), submit);

    /// Reads at most the size limit + 1 byte, so an oversized file is reported without buffering it all.
    private static async Task<UploadedImage?> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return null;
        var limit = ImageRules.Documents.MaxBytes + 1;
        var buffer = new byte[Math.Min(file.Length, limit)];
        await using var stream = file.OpenReadStream();
        var read = 0;
        while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read), ct) is var n and > 0) read += n;
        return new UploadedImage(read == buffer.Length ? buffer : buffer[..read]);
    }
}

public sealed class RejectInput
{
    public string? Reason { get; set; }
}
