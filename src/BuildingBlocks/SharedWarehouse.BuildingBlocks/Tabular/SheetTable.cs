using System.Collections.Concurrent;

namespace SharedWarehouse.BuildingBlocks.Tabular;

/// The rows under the header row of the sheet that matched the caller's SheetSpec best.
public sealed class SheetTable
{
    private readonly SheetSpec spec;
    private readonly ConcurrentDictionary<string, int> indexes = new(StringComparer.Ordinal);

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

    /// The first column with that name or, for a known column, one of its aliases; -1 if absent.
    public int IndexOf(string column) => indexes.GetOrAdd(column, Find);

    private int Find(string column)
    {
        var key = ColumnName.Key(column);
        var known = spec.KnownColumnOf(column);
        for (var i = 0; i < Header.Count; i++)
            if (ColumnName.Key(Header[i]) == key || (known is not null && spec.KnownColumnOf(Header[i]) == known)) return i;
        return -1;
    }

    /// "" when the column or the cell is absent; trimmed; guards removed.
    public string Cell(SheetRow row, string column)
    {
        var i = IndexOf(column);
        return i >= 0 && i < row.Cells.Count ? row.Cells[i] : "";
    }
}
