using SharedWarehouse.BuildingBlocks.Tabular;

namespace SharedWarehouse.Modules.Markets.Features.StallCodes;

/// The import/export layout: one row per stall of a code (several rows with one code = its alternates). Read by the
/// app's one tabular reader (CSV in UTF-8 or Excel's GBK, tab-separated text or XLSX); written as UTF-8 CSV with a
/// BOM, style numbers kept as text so Excel does not drop their leading zeros.
public static class StallCodeSheet
{
    public const string CodeHeader = "code", MarketHeader = "market", FloorHeader = "floor", StallHeader = "stall", StyleNumberHeader = "style_number",
        RankHeader = "rank";

    public static readonly string[] Required = [CodeHeader, MarketHeader, FloorHeader, StallHeader, StyleNumberHeader];
    public static readonly string[] Columns = [.. Required, RankHeader];

    private static readonly SheetColumn[] SheetColumns =
        [new(CodeHeader, Width: 20), new(MarketHeader), new(FloorHeader), new(StallHeader), new(StyleNumberHeader), new(RankHeader, CellKind.Integer)];

    public sealed record Row(int Number, IReadOnlyDictionary<string, string> Cells)
    {
        public string this[string column] => Cells.GetValueOrDefault(column, "");
    }

    public static SheetSpec SpecFor(int maxRows) => new(Columns, Required) { Decimals = new Dictionary<string, int> { [RankHeader] = 0 }, MaxRows = maxRows };

    /// The data rows keyed by this layout's column names.
    public static List<Row> Rows(SheetTable table) =>
        table.Rows.Select(r => new Row(r.Number, Columns.ToDictionary(c => c, c => table.Cell(r, c)))).ToList();

    public static byte[] Write(IEnumerable<IReadOnlyList<object?>> rows) => SheetWriter.Csv(SheetColumns, rows);
}
