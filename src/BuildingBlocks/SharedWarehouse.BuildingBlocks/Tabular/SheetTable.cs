using System.Collections.Concurrent;

namespace SharedWarehouse.BuildingBlocks.Tabular;

/// The rows under the header row of the sheet that matched the caller's SheetSpec best.
public sealed class SheetTable
{
    private readonly SheetSpec spec;
    private readonly ConcurrentDictionary<string, int> indexes = new(StringComparer.Ordinal);
    private IReadOnlyList<SheetColumnProblem>? headerProblems;

    internal SheetTable(SheetSpec spec, SheetFormat format, string? sheetName, int headerRowNumber, IReadOnlyList<string> header, IReadOnlyList<SheetRow> rows)
    {
        this.spec = spec;
        Format = format;
        SheetName = sheetName;
        HeaderRowNumber = headerRowNumber;
        Header = header;
        Rows = rows;
        DuplicateColumns = header.Where(h => h.Length > 0).GroupBy(ColumnName.Key).Where(g => g.Count() > 1).Select(g => g.First()).ToList();
        MissingColumns = spec.RequiredColumns.Where(c => IndexOf(c) < 0).ToList();
    }

    public SheetFormat Format { get; }

    /// XLSX: the sheet chosen; null for CSV.
    public string? SheetName { get; }

    /// 1-based line / row number of the header.
    public int HeaderRowNumber { get; }

    /// As in the file, trimmed, cell guards removed.
    public IReadOnlyList<string> Header { get; }

    /// Data rows only, blank rows skipped.
    public IReadOnlyList<SheetRow> Rows { get; }

    /// Header names that appear more than once (compared as ColumnName compares them).
    public IReadOnlyList<string> DuplicateColumns { get; }

    /// Required columns of the spec that the header lacks.
    public IReadOnlyList<string> MissingColumns { get; }

    /// Required columns that are missing and known columns found more than once (by name or alias: a file with both
    /// "SKU编码" and "商家编码" does not say which one to use), in the spec's column order. Any of these makes the
    /// file's meaning unclear, so importers refuse the file with these messages at HeaderRowNumber.
    public IReadOnlyList<SheetColumnProblem> HeaderProblems => headerProblems ??= spec.KnownColumns
        .Select(c => MissingColumns.Contains(c) ? new SheetColumnProblem(c, "缺少该列")
            : IndexesOf(c).Count > 1 ? new SheetColumnProblem(c, "该列出现了 {0} 次，请只保留一列", IndexesOf(c).Count) : null)
        .OfType<SheetColumnProblem>().ToList();

    /// The first column with that name or, for a known column, one of its aliases; -1 if absent.
    public int IndexOf(string column) => indexes.GetOrAdd(column, c => IndexesOf(c) is [var first, ..] ? first : -1);

    /// Every column with that name or, for a known column, one of its aliases: more than one means the file is
    /// ambiguous about that column (e.g. both "SKU编码" and its alias "商家编码").
    public IReadOnlyList<int> IndexesOf(string column)
    {
        var key = ColumnName.Key(column);
        var known = spec.KnownColumnOf(column);
        var found = new List<int>();
        for (var i = 0; i < Header.Count; i++)
            if (Header[i].Length > 0 && (ColumnName.Key(Header[i]) == key || (known is not null && spec.KnownColumnOf(Header[i]) == known))) found.Add(i);
        return found;
    }

    /// "" when the column or the cell is absent; trimmed; guards removed.
    public string Cell(SheetRow row, string column)
    {
        var i = IndexOf(column);
        return i >= 0 && i < row.Cells.Count ? row.Cells[i] : "";
    }
}
