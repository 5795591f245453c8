using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// The header of an uploaded file for the mapping form: its columns, a few rows to recognise them by, and a first
/// guess per field from the names the platforms use. Problem is set when there is nothing to map.
public sealed record UploadHeader(Guid UploadId, string FileName, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Sample,
    IReadOnlyDictionary<OrderField, string> Guesses, FileProblem? Problem);

public sealed record GetUploadHeader(Guid ShopId, Guid UploadId) : IQuery<UploadHeader?>;

internal sealed class GetUploadHeaderHandler(DropshipDbContext db, IFileStore store) : IRequestHandler<GetUploadHeader, UploadHeader?>
{
    private const int SampleRows = 3;

    public async Task<UploadHeader?> Handle(GetUploadHeader q, CancellationToken ct)
    {
        if (await UploadedImport.FindAsync(db, q.ShopId, q.UploadId, ct) is not { } upload) return null;
        var empty = new Dictionary<OrderField, string>();
        if (upload.Files.Count != 1) return new UploadHeader(upload.Id, "", [], [], empty, new FileProblem(null, "列映射只适用于单个文件"));
        if (UploadedImport.StateOf(upload, db.Now()) != UploadState.Ready || await UploadedImport.ReadAsync(store, upload, ct) is not [var file])
            return new UploadHeader(upload.Id, upload.Files[0].FileName, [], [], empty, new FileProblem(null, "该文件已导入或已过期，请重新上传"));
        var mappings = await db.ColumnMappings.AsNoTracking().Where(m => m.ShopId == q.ShopId).ToListAsync(ct);
        var read = OrderFileParser.ReadTable(file, mappings);
        if (read.Table is not { } table)
            return new UploadHeader(upload.Id, file.FileName, [], [], empty, new FileProblem(file.FileName, read.Problem?.Message ?? "无法读取该文件", read.Problem?.Args ?? []));
        var guesses = ColumnMapping.Mappable
            .Select(f => (Field: f, Column: OrderFileParser.Guess(table, f)))
            .Where(g => g.Column is not null).ToDictionary(g => g.Field, g => g.Column!);
        var sample = table.Rows.Take(SampleRows).Select(r => (IReadOnlyList<string>)table.Header.Select(h => table.Cell(r, h)).ToList()).ToList();
        return new UploadHeader(upload.Id, file.FileName, table.Header, sample, guesses, null);
    }
}
