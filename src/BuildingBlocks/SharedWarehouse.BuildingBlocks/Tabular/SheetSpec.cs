namespace SharedWarehouse.BuildingBlocks.Tabular;

/// What the caller expects: the column names it knows (to find the header row and the right sheet), which of them
/// are required, and how many decimals numeric columns carry (a formula's cached 18.700000000000003 -> "18.70").
/// Header names match loosely (full-width/half-width, spaces, case, a "*" or "(必填)" mark), see ColumnName.
public sealed record SheetSpec(IReadOnlyList<string> KnownColumns, IReadOnlyList<string> RequiredColumns)
{
    /// Decimals of numeric columns, keyed by known column name: XLSX number cells of that column are rounded to it.
    public IReadOnlyDictionary<string, int> Decimals { get; init; } = new Dictionary<string, int>();

    /// More data rows than this is a problem (the reader stops reading there).
    public int MaxRows { get; init; } = 5_000;

    /// Alternative names per known column (e.g. "SKU编码" also found as "商家编码"); optional.
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// The known column a header cell stands for (by its name or an alias), null when none.
    internal string? KnownColumnOf(string header)
    {
        var key = ColumnName.Key(header);
        if (key.Length == 0) return null;
        foreach (var column in KnownColumns)
        {
            if (ColumnName.Key(column) == key) return column;
            if (Aliases.TryGetValue(column, out var aliases) && aliases.Any(a => ColumnName.Key(a) == key)) return column;
        }
        return null;
    }
}
