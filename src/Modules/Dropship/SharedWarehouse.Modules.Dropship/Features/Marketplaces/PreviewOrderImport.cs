using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// The preview of an upload: its state, what was recognised and parsed, and how many of its orders the shop already
/// has (intake will ignore those).
public sealed record ImportPreview(Guid UploadId, UploadState State, IReadOnlyList<StoredSheet> Files, DateTime ExpiresUtc, ParsedImport? Parsed,
    int AlreadyImported);

/// An upload of the shop, parsed for the merchant to check before importing; null when the shop has no such upload.
public sealed record PreviewOrderImport(Guid ShopId, Guid UploadId) : IQuery<ImportPreview?>;

internal sealed class PreviewOrderImportHandler(DropshipDbContext db, IFileStore store, IRegionCatalog regions)
    : IRequestHandler<PreviewOrderImport, ImportPreview?>
{
    public async Task<ImportPreview?> Handle(PreviewOrderImport q, CancellationToken ct)
    {
        if (await UploadedImport.FindAsync(db, q.ShopId, q.UploadId, ct) is not { } upload) return null;
        var state = UploadedImport.StateOf(upload, db.Now());
        var parsed = state == UploadState.Ready ? await UploadedImport.ParseAsync(db, store, regions, upload, ct) : null;
        if (state == UploadState.Ready && parsed is null) state = UploadState.Expired;
        var ids = parsed?.Orders.Select(o => o.Order.ExternalOrderId!).ToList() ?? [];
        var already = ids.Count == 0 ? 0 : await db.Orders.CountAsync(o => o.ShopId == q.ShopId && ids.Contains(o.ExternalOrderId), ct);
        return new ImportPreview(upload.Id, state, upload.Files, upload.ExpiresUtc, parsed, already);
    }
}
