using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Markets.Data;
using SharedWarehouse.Modules.Markets.Domain;
using static SharedWarehouse.Modules.Markets.Features.StallCodes.ImportStallCodesHandler;
using static SharedWarehouse.Modules.Markets.Features.StallCodes.StallCodeSheet;

namespace SharedWarehouse.Modules.Markets.Features.StallCodes;

/// A code read from the file with its stalls in rank order; FirstRow is where it first appears.
internal sealed record ImportedCode(string Code, string NormalizedCode, int FirstRow, IReadOnlyList<StallChoice> Choices);

/// The row-level checks of an import: every cell, then each code's group of rows (alternates).
internal sealed class StallCodeRows(MarketsDbContext db)
{
    private sealed record Line(Row Row, string NormalizedCode, Guid? StallId, int? Rank);

    public async Task<(List<ImportedCode> Codes, List<ImportError> Errors)> CheckAsync(IReadOnlyList<Row> rows, CancellationToken ct)
    {
        var directory = await MarketIndex.LoadAsync(db, ct);
        var errors = new List<ImportError>();
        var lines = rows.Select(r => CheckCells(r, directory, errors)).ToList();
        var codes = new List<ImportedCode>();
        foreach (var group in lines.Where(l => l.NormalizedCode.Length > 0).GroupBy(l => l.NormalizedCode))
        {
            var ordered = group.OrderBy(l => l.Rank ?? int.MaxValue).ThenBy(l => l.Row.Number).ToList();
            var before = errors.Count;
            CheckGroup(group.ToList(), errors);
            if (errors.Count == before && ordered.All(l => l.StallId is not null))
                codes.Add(new ImportedCode(group.First().Row[CodeHeader], group.Key, group.First().Row.Number,
                    ordered.Select(l => new StallChoice(l.StallId!.Value, NullIfEmpty(l.Row[StyleNumberHeader]))).ToList()));
        }
        return (codes, errors.OrderBy(e => e.Row).ThenBy(e => Array.IndexOf(Columns, e.Column)).ToList());
    }

    private static Line CheckCells(Row row, MarketIndex directory, List<ImportError> errors)
    {
        void Fail(string column, string zh, params object[] args) => errors.Add(new ImportError(row.Number, column, T(zh, args)));
        var code = row[CodeHeader];
        if (code.Length == 0) Fail(CodeHeader, "请填写商家编码");
        else if (code.Length > StallCode.MaxCodeLength) Fail(CodeHeader, "商家编码最多 {0} 个字符", StallCode.MaxCodeLength);
        else if (code.Any(char.IsControl)) Fail(CodeHeader, "商家编码不能包含控制字符");

        Guid? stallId = null;
        if (row[MarketHeader].Length == 0) Fail(MarketHeader, "请填写市场");
        else if (!directory.Markets.TryGetValue(MarketText.Normalize(row[MarketHeader]), out var marketId)) Fail(MarketHeader, "找不到该市场");
        else if (row[FloorHeader].Length == 0) Fail(FloorHeader, "请填写楼层");
        else if (!directory.Floors.TryGetValue((marketId, MarketText.Normalize(row[FloorHeader])), out var floorId)) Fail(FloorHeader, "该市场没有这个楼层");
        else if (row[StallHeader].Length == 0) Fail(StallHeader, "请填写档口号");
        else if (!directory.Stalls.TryGetValue((floorId, MarketText.Normalize(row[StallHeader])), out var id)) Fail(StallHeader, "该楼层没有这个档口");
        else stallId = id;

        if (row[StyleNumberHeader].Length > StallCode.MaxStyleNumberLength) Fail(StyleNumberHeader, "款号最多 {0} 个字符", StallCode.MaxStyleNumberLength);
        int? rank = null;
        if (row[RankHeader].Length > 0)
        {
            if (int.TryParse(row[RankHeader], NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r < 100) rank = r;
            else Fail(RankHeader, "排序应为 0 到 99 的整数（0 为主档口），或留空");
        }
        var normalized = code.Length is > 0 and <= StallCode.MaxCodeLength ? MarketText.Normalize(code) : "";
        return new Line(row, normalized, stallId, rank);
    }

    private static void CheckGroup(List<Line> group, List<ImportError> errors)
    {
        for (var i = 0; i < group.Count; i++)
        {
            var line = group[i];
            void Fail(string column, string zh, params object[] args) => errors.Add(new ImportError(line.Row.Number, column, T(zh, args)));
            if (i >= StallCode.MaxOptions) Fail(CodeHeader, "同一商家编码最多 5 个档口（1 个主档口和 4 个备选）");
            var earlier = group.Take(i);
            if (line.StallId is { } stall && earlier.FirstOrDefault(l => l.StallId == stall) is { } sameStall)
                Fail(StallHeader, "与第 {0} 行的档口重复", sameStall.Row.Number);
            if (line.Rank is { } rank && earlier.FirstOrDefault(l => l.Rank == rank) is { } sameRank)
                Fail(RankHeader, "与第 {0} 行的排序重复", sameRank.Row.Number);
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// Every market, floor and stall by normalised name, read once per import (three queries).
    private sealed record MarketIndex(
        Dictionary<string, Guid> Markets, Dictionary<(Guid, string), Guid> Floors, Dictionary<(Guid, string), Guid> Stalls)
    {
        public static async Task<MarketIndex> LoadAsync(MarketsDbContext db, CancellationToken ct) => new(
            await db.Markets.AsNoTracking().ToDictionaryAsync(m => m.NormalizedName, m => m.Id, ct),
            await db.Floors.AsNoTracking().ToDictionaryAsync(f => (f.MarketId, f.NormalizedName), f => f.Id, ct),
            await db.Stalls.AsNoTracking().ToDictionaryAsync(s => (s.FloorId, s.NormalizedNumber), s => s.Id, ct));
    }
}
