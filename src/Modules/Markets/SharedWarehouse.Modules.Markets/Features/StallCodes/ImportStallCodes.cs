using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.Modules.Markets.Data;
using SharedWarehouse.Modules.Markets.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;
using static SharedWarehouse.Modules.Markets.Features.StallCodes.StallCodeSheet;

namespace SharedWarehouse.Modules.Markets.Features.StallCodes;

/// Imports stall codes from a CSV or XLSX file: all or nothing. Any bad row → nothing is saved and every error is
/// reported by row and column. A code the shop already has gets the file's stalls instead of its old ones.
public sealed record ImportStallCodes(Guid OwnerId, string FileName, byte[] Content) : ICommand<StallCodeImportReport>;

public sealed record ImportError(int Row, string Column, string Message);

public sealed record StallCodeImportReport(int Rows, int Created, int Updated, IReadOnlyList<ImportError> Errors)
{
    public bool HasErrors => Errors.Count > 0;
}

internal sealed class ImportStallCodesHandler(MarketsDbContext db, IShopAccess shops, StallCodeRows rowRules, TimeProvider time)
    : IRequestHandler<ImportStallCodes, Result<StallCodeImportReport>>
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 5000;

    public async Task<Result<StallCodeImportReport>> Handle(ImportStallCodes command, CancellationToken ct)
    {
        if (await shops.ActingShopIdAsync(command.OwnerId, ct) is not { } shopId) return ShopErrors.NoShop;
        if (command.Content.Length == 0) return Error.Validation("File", "请选择要导入的文件");
        if (command.Content.Length > MaxBytes) return Error.Validation("File", "文件不能超过 1 MB");
        var read = SheetReader.Read(command.Content, SpecFor(MaxRows));
        if (read.Table is not { } table) return Error.Validation("File", read.Problem!.Message, read.Problem.Args);
        if (table.HeaderProblems.Count > 0)
            return new StallCodeImportReport(0, 0, 0, table.HeaderProblems.Select(p => new ImportError(table.HeaderRowNumber, p.Column, T(p.Message, p.Args))).ToList());
        var rows = Rows(table);
        if (rows.Count == 0) return Error.Validation("File", "文件中没有数据行");

        var (codes, errors) = await rowRules.CheckAsync(rows, ct);
        if (errors.Count > 0) return new StallCodeImportReport(rows.Count, 0, 0, errors);

        var wanted = codes.Select(c => c.NormalizedCode).ToList();
        var existing = await db.StallCodes.Include(c => c.Options).Where(c => c.ShopId == shopId && wanted.Contains(c.NormalizedCode))
            .ToDictionaryAsync(c => c.NormalizedCode, ct);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var code in codes)
        {
            var changed = existing.TryGetValue(code.NormalizedCode, out var current)
                ? current.Change(code.Code, code.Choices, now)
                : AddNew(shopId, code, now);
            // The row checks mirror the domain rules; a rule only the domain knows still stops the whole file.
            if (changed.IsFailure) return new StallCodeImportReport(rows.Count, 0, 0, [new(code.FirstRow, CodeHeader, T(changed.Errors[0].Message, changed.Errors[0].Args))]);
        }
        return new StallCodeImportReport(rows.Count, codes.Count - existing.Count, existing.Count, []);
    }

    private Result AddNew(Guid shopId, ImportedCode code, DateTime now)
    {
        var created = StallCode.Create(shopId, code.Code, code.Choices, now);
        if (created.IsSuccess) db.StallCodes.Add(created.Value);
        return created;
    }

    internal static string T(string zh, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, TextCatalog.Translate(zh), args);
}
