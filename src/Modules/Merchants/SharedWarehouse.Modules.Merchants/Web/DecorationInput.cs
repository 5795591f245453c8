using Microsoft.AspNetCore.Http;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Merchants.Features.Decoration;

namespace SharedWarehouse.Modules.Merchants.Web;

/// The decoration form: only these fields bind (no shop id, no stored file names: banners are named by their id
/// in the owner's own draft).
public sealed class DecorationInput
{
    public string? Intro { get; set; }
    public IFormFile? Logo { get; set; }
    public bool RemoveLogo { get; set; }
    public IFormFile? DoorHead { get; set; }
    public bool RemoveDoorHead { get; set; }
    public List<BannerInput> Banners { get; set; } = [];
    public IFormFile? NewBanner { get; set; }
    public string? NewBannerLink { get; set; }
    public string? NewBannerOrder { get; set; }
    public List<Guid> HotProductIds { get; set; } = [];
    public List<Guid> FeaturedProductIds { get; set; } = [];

    public static DecorationInput From(DecorationContent draft) => new()
    {
        Intro = draft.Intro,
        Banners = draft.Banners.Select(b => new BannerInput { Id = b.Id, Link = b.Link, Order = b.Order.ToString() }).ToList(),
        HotProductIds = draft.HotProductIds.ToList(),
        FeaturedProductIds = draft.FeaturedProductIds.ToList(),
    };

    internal async Task<SaveDecorationDraft> ToCommandAsync(Guid ownerId, CancellationToken ct) =>
        new(ownerId, Intro, await ReadAsync(Logo, ct), RemoveLogo, await ReadAsync(DoorHead, ct), RemoveDoorHead,
            Banners.Select(b => new BannerEdit(b.Id, b.Link, b.Order, b.Remove)).ToList(),
            await ReadAsync(NewBanner, ct), NewBannerLink, NewBannerOrder, HotProductIds, FeaturedProductIds);

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

public sealed class BannerInput
{
    public Guid Id { get; set; }
    public string? Link { get; set; }
    public string? Order { get; set; }
    public bool Remove { get; set; }
}

public sealed class TemplateInput
{
    public string? TemplateKey { get; set; }
    public bool Confirm { get; set; }
}
