using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// Keeps an uploaded order file (or Taobao's two) for the preview: outside wwwroot under generated names, owned by
/// the shop, expiring. A file the sheet reader cannot read at all (an old .xls, a picture, empty) is refused here,
/// with the reader's reason, before anything is stored.
public sealed record StageOrderImport(Guid ShopId, IReadOnlyList<SheetFile> Files) : ICommand<Guid>
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
    public const string Field = "files";
}

internal sealed class StageOrderImportHandler(DropshipDbContext db, IFileStore store) : IRequestHandler<StageOrderImport, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(StageOrderImport c, CancellationToken ct)
    {
        var files = c.Files.Where(f => f.Content.Length > 0 || f.FileName.Length > 0).ToList();
        if (files.Count == 0 || files.All(f => f.Content.Length == 0)) return Error.Validation(StageOrderImport.Field, "请选择要导入的订单文件");
        if (files.Count > OrderFileParser.MaxFiles) return Error.Validation(StageOrderImport.Field, "最多同时上传两个文件（淘宝的订单报表和宝贝报表）");
        foreach (var file in files)
        {
            if (file.Content.Length == 0) return Error.Validation(StageOrderImport.Field, "文件「{0}」是空的", file.FileName);
            if (file.Content.Length > StageOrderImport.MaxFileBytes) return Error.Validation(StageOrderImport.Field, "文件「{0}」超过 5 MB", file.FileName);
            // Only whether it is a readable sheet at all; which layout it has is the preview's business.
            var read = SheetReader.Read(file.Content, new SheetSpec([], []) { MaxRows = OrderFileParser.MaxRows });
            if (read.Table is null)
                return Error.Validation(StageOrderImport.Field, "文件「{0}」无法读取：{1}", file.FileName, TextOf(read.Problem));
        }
        var stored = new List<StoredSheet>();
        foreach (var file in files)
        {
            var name = await store.SaveAsync(UploadedImport.Folder, file.Content, ".sheet", ct);
            stored.Add(new StoredSheet(name, Path.GetFileName(file.FileName).Trim() is { Length: > 0 and <= 120 } n ? n : "orders", file.Content.Length));
        }
        var upload = ImportUpload.Of(c.ShopId, stored, db.Now());
        db.ImportUploads.Add(upload);
        return upload.Id;
    }

    private static string TextOf(SheetProblem? problem)
    {
        if (problem is null) return "";
        var text = BuildingBlocks.Localization.TextCatalog.Translate(problem.Message);
        return problem.Args.Length == 0 ? text : string.Format(System.Globalization.CultureInfo.CurrentCulture, text, problem.Args);
    }
}
