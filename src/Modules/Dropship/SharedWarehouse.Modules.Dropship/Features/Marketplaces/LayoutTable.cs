using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// A file's table read through a layout: a field's value is the first non-empty cell among its columns. A lone "-"
/// (how 抖店 and 拼多多 write an empty cell) counts as empty.
internal sealed class LayoutTable(SheetTable table, LayoutDefinition layout, string? file)
{
    public SheetTable Table => table;
    public LayoutDefinition Layout => layout;
    public string? File => file;

    public bool Has(OrderField field) => Present(field).Any();

    /// The column a message about the field names: the one present in the file, else the layout's first choice.
    public string ColumnOf(OrderField field) =>
        Present(field).FirstOrDefault() ?? (layout.Fields.TryGetValue(field, out var columns) && columns.Count > 0 ? columns[0] : "");

    public string Value(SheetRow row, OrderField field) => Source(row, field).Value;

    /// A message about a row names the column its value came from (收货地址, not the empty 修改后的收货地址 before it).
    public ImportIssue Issue(SheetRow row, OrderField field, IssueKind kind, string message, params object[] args) =>
        new(file, row.Number, Source(row, field).Column ?? ColumnOf(field), kind, message, args);

    private (string Value, string? Column) Source(SheetRow row, OrderField field)
    {
        foreach (var column in Present(field))
        {
            var value = table.Cell(row, column).Trim();
            if (value is "-" or "--") continue;
            if (value.Length > 0) return (value, column);
        }
        return ("", null);
    }

    private IEnumerable<string> Present(OrderField field) =>
        layout.Fields.TryGetValue(field, out var columns) ? columns.Where(c => table.IndexOf(c) >= 0) : [];
}
