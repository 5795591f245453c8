using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// Saves the merchant's reading of an uploaded file's columns under a name. The header is taken from the stored
/// upload, never from the form, so the signature later files are matched by is the file's own.
public sealed record SaveColumnMapping(Guid ShopId, Guid UploadId, string? Name, MarketplacePlatform? Platform,
    IReadOnlyDictionary<OrderField, string?> Columns) : ICommand<Guid>;

internal sealed class SaveColumnMappingHandler(DropshipDbContext db, IFileStore store) : IRequestHandler<SaveColumnMapping, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(SaveColumnMapping c, CancellationToken ct)
    {
        if (await UploadedImport.FindAsync(db, c.ShopId, c.UploadId, ct) is not { } upload) return Error.NotFound();
        if (upload.Files.Count != 1 || UploadedImport.StateOf(upload, db.Now()) != UploadState.Ready
            || await UploadedImport.ReadAsync(store, upload, ct) is not [var file])
            return Error.Conflict("该文件已导入或已过期，请重新上传");
        var mappings = await db.ColumnMappings.AsNoTracking().Where(m => m.ShopId == c.ShopId).ToListAsync(ct);
        if (OrderFileParser.ReadTable(file, mappings).Table is not { } table) return Error.Conflict("无法读取该文件");
        var mapping = ColumnMapping.Define(c.ShopId, c.Name, table.Header, c.Columns, c.Platform, db.Now());
        if (mapping.IsFailure) return Result<Guid>.Failure(mapping.Errors);
        if (mappings.Any(m => m.Name == mapping.Value.Name)) return Error.Validation("Name", "已有同名的映射");
        db.ColumnMappings.Add(mapping.Value);
        return mapping.Value.Id;
    }
}
