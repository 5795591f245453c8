using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// Deletes uploads that expired or were imported, with their stored files (buyers' names and addresses should not
/// outlive their use). Repeatable: a file already gone is fine, and rows whose delete failed are tried next run.
public sealed record PurgeImportUploads : ICommand<int>
{
    public const int Batch = 200;
}

internal sealed class PurgeImportUploadsHandler(DropshipDbContext db, IFileStore store) : IRequestHandler<PurgeImportUploads, Result<int>>
{
    public async Task<Result<int>> Handle(PurgeImportUploads c, CancellationToken ct)
    {
        var now = db.Now();
        var done = await db.ImportUploads.AsNoTracking().Where(u => u.ExpiresUtc <= now || u.ConsumedUtc != null)
            .OrderBy(u => u.ExpiresUtc).Take(PurgeImportUploads.Batch).ToListAsync(ct);
        foreach (var file in done.SelectMany(u => u.Files)) store.Delete(file.StoredName);
        var ids = done.Select(u => u.Id).ToList();
        return ids.Count == 0 ? 0 : await db.ImportUploads.Where(u => ids.Contains(u.Id)).ExecuteDeleteAsync(ct);
    }
}
