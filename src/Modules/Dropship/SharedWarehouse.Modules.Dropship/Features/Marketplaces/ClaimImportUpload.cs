using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// Marks the shop's upload as imported, once: one conditional update, so two confirmations at the same moment (a
/// double click, two tabs) cannot both import it.
public sealed record ClaimImportUpload(Guid ShopId, Guid UploadId) : ICommand;

internal sealed class ClaimImportUploadHandler(DropshipDbContext db) : IRequestHandler<ClaimImportUpload, Result>
{
    public async Task<Result> Handle(ClaimImportUpload c, CancellationToken ct)
    {
        var now = db.Now();
        var claimed = await db.ImportUploads
            .Where(u => u.Id == c.UploadId && u.ShopId == c.ShopId && u.ConsumedUtc == null && u.ExpiresUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.ConsumedUtc, now), ct);
        return claimed == 1 ? Result.Success() : Error.Conflict("该文件已导入或已过期，请重新上传");
    }
}
