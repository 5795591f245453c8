using System.Text;
using System.Text.RegularExpressions;

namespace SharedWarehouse.BuildingBlocks.Tabular;

/// The one writer for every CSV/XLSX export in the app. Values in rows: string, long/int, decimal, DateTime (written
/// as the caller passes it; pass UTC and say so in the header), null = empty.
public static partial class SheetWriter
{
    /// XLSX that opens in Excel, WPS, LibreOffice and exceljs/SheetJS: numbers as numbers (Integer/Decimal with a
    /// number format of that many decimals), Text cells as text on purpose (ids, barcodes, 19-digit order numbers),
    /// styles part present, header row bold and frozen, shared strings.
    public static byte[] Xlsx(string sheetName, IReadOnlyList<SheetColumn> columns, IEnumerable<IReadOnlyList<object?>> rows) =>
        XlsxWriter.Write(sheetName, columns, rows);

    /// CSV, UTF-8 with BOM (Excel zh-CN reads a file without one as GBK), CRLF. A Text cell Excel would turn into a
    /// number or a date (a 19-digit id, a barcode with leading zeros, "1-2") is written as ="…": Excel, WPS and
    /// LibreOffice then show exactly those characters as text, and the marketplaces' own exports use the same guard,
    /// which every reader of this app removes. (A leading tab was the alternative; Excel keeps the tab in the cell and
    /// writes it back out, so the next tool sees "\t379…".) A cell starting with = + - @ or a tab would run as a
    /// formula when opened, so it gets a leading apostrophe, which the reader removes again.
    public static byte[] Csv(IReadOnlyList<SheetColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder();
        Line(text, columns.Select(c => Field(c.Header, guard: false)));
        foreach (var row in rows)
            Line(text, columns.Select((column, i) => i < row.Count ? Cell(row[i], column) : ""));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields) => text.Append(string.Join(',', fields)).Append("\r\n");

    private static string Cell(object? value, SheetColumn column)
    {
        if (value is null) return "";
        if (CellValue.Number(value, column) is { } number)
            return number.ToString(column.Kind == CellKind.Decimal ? "F" + Math.Clamp(column.Decimals, 0, 10) : "0", System.Globalization.CultureInfo.InvariantCulture);
        return Field(CellValue.Text(value, column), guard: column.Kind != CellKind.DateTime);
    }

    private static string Field(string value, bool guard)
    {
        if (guard && ExcelWouldConvert().IsMatch(value)) return "=\"" + value + "\"";
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || (value.Length > 0 && (value[0] == ' ' || value[^1] == ' '))
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    /// Text Excel reads as a number (losing digits past 15 and leading zeros), a percentage or a date.
    [GeneratedRegex(@"^(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?%?|\d{1,4}[-/]\d{1,2}(?:[-/]\d{1,4})?)$")]
    private static partial Regex ExcelWouldConvert();
}
