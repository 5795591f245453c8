namespace SharedWarehouse.BuildingBlocks.Tabular;

/// Turns the rows of one CSV or sheet into a SheetTable: header row found, guards removed, numbers rounded per column.
internal static class TableBuilder
{
    public static SheetReadResult Build(IEnumerable<RawRow> rows, SheetSpec spec, SheetFormat format, string? sheetName)
    {
        using var enumerator = rows.GetEnumerator();
        var first = new List<RawRow>();
        while (first.Count < HeaderRow.SearchedRows && enumerator.MoveNext())
            if (!enumerator.Current.IsBlank) first.Add(enumerator.Current);
        if (HeaderRow.Find(first, spec) is not { } found) return SheetReadResult.Fail("文件中没有内容");

        var headerRow = first[found.Index];
        var header = headerRow.Cells.Select(c => c.Format(null)).ToList();
        while (header.Count > 0 && header[^1].Length == 0) header.RemoveAt(header.Count - 1);
        var decimals = header.Select(h => spec.KnownColumnOf(h) is { } known && spec.Decimals.TryGetValue(known, out var d) ? d : (int?)null).ToArray();

        var data = new List<SheetRow>();
        foreach (var row in first.Skip(found.Index + 1).Concat(Rest(enumerator)))
        {
            if (row.IsBlank) continue;
            if (data.Count == spec.MaxRows) return SheetReadResult.Fail("一次最多导入 {0} 行", spec.MaxRows);
            data.Add(new SheetRow(row.Number, row.Cells.Select((c, i) => c.Format(i < decimals.Length ? decimals[i] : null)).ToList()));
        }
        return SheetReadResult.Of(new SheetTable(spec, format, sheetName, headerRow.Number, header, data));
    }

    private static IEnumerable<RawRow> Rest(IEnumerator<RawRow> enumerator)
    {
        while (enumerator.MoveNext()) yield return enumerator.Current;
    }
}
