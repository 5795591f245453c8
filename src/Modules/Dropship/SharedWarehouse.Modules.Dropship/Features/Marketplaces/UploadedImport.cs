using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

public enum UploadState { Ready = 1, Expired = 2, Imported = 3 }

/// An upload read back from the file store and parsed with the shop's saved mappings: what the preview shows and
/// what the confirmation imports (the same bytes, parsed the same way).
internal static class UploadedImport
{
    public const string Folder = "dropship-imports";

    public static Task<ImportUpload?> FindAsync(DropshipDbContext db, Guid shopId, Guid uploadId, CancellationToken ct) =>
        db.ImportUploads.AsNoTracking().FirstOrDefaultAsync(u => u.Id == uploadId && u.ShopId == shopId, ct);

    public static UploadState StateOf(ImportUpload upload, DateTime now) =>
        upload.ConsumedUtc is not null ? UploadState.Imported : upload.IsExpired(now) ? UploadState.Expired : UploadState.Ready;

    /// The stored files, or null when one is gone (purged after expiry).
    public static async Task<IReadOnlyList<SheetFile>?> ReadAsync(IFileStore store, ImportUpload upload, CancellationToken ct)
    {
        var files = new List<SheetFile>();
        foreach (var stored in upload.Files)
        {
            await using var stream = store.OpenRead(stored.StoredName);
            if (stream is null) return null;
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            files.Add(new SheetFile(stored.FileName, buffer.ToArray()));
        }
        return files;
    }

    public static async Task<ParsedImport?> ParseAsync(DropshipDbContext db, IFileStore store, IRegionCatalog regions, ImportUpload upload,
        CancellationToken ct)
    {
        if (await ReadAsync(store, upload, ct) is not { } files) return null;
        var mappings = await db.ColumnMappings.AsNoTracking().Where(m => m.ShopId == upload.ShopId).ToListAsync(ct);
        return OrderFileParser.Parse(files, mappings, regions);
    }
}
