namespace SharedWarehouse.BuildingBlocks.Tabular;

/// Finds the header row: among the first rows with content, the first one naming the most known columns. Title rows
/// ("商品导入模板 2026-11", a merged A1:L1 cell) and notes above the header name none and are passed over.
internal static class HeaderRow
{
    public const int SearchedRows = 20;

    public sealed record Candidate(int Index, int Known, bool HasRequired);

    /// Index (within rows) of the header, how many known columns it names and whether all required ones are there.
    /// Falls back to the first row with content when no row names a known column (so the caller can say what is missing).
    public static Candidate? Find(IReadOnlyList<RawRow> firstRows, SheetSpec spec)
    {
        Candidate? best = null;
        for (var i = 0; i < firstRows.Count; i++)
        {
            if (firstRows[i].IsBlank) continue;
            var known = firstRows[i].Cells.Select(c => spec.KnownColumnOf(c.Format(null))).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var candidate = new Candidate(i, known.Count, spec.RequiredColumns.All(known.Contains));
            if (best is null || candidate.Known > best.Known) best = candidate;
        }
        return best;
    }
}
