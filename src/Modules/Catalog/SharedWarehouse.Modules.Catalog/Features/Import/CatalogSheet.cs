using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SharedWarehouse.Modules.Catalog.Features.Import;

public enum SheetFormat { Csv, Xlsx }

/// The import/export layout: one row per SKU; rows with the same product name form one product.
/// Reads and writes CSV (UTF-8 with BOM, so Excel opens it correctly) and XLSX.
public static class CatalogSheet
{
    public const string Name = "商品名称", Category = "类目", Brand = "品牌", Tags = "标签", Description = "描述", Attributes = "属性",
        Code = "SKU编码", Spec = "规格", Price = "零售价(元)", Weight = "重量(克)", Barcode = "条码", Tiers = "阶梯价";

    public static readonly string[] Columns = [Name, Category, Brand, Tags, Description, Attributes, Code, Spec, Price, Weight, Barcode, Tiers];

    /// The example row of the template (demo data, kept with the other seed data).
    public static string[] Example => Seeding.TemplateExample.Row;

    public sealed record Row(int Number, IReadOnlyDictionary<string, string> Cells)
    {
        public string this[string column] => Cells.GetValueOrDefault(column, "").Trim();
    }

    /// Null when the content is not a readable file of that format.
    public static List<Row>? Read(byte[] content, SheetFormat format)
    {
        try
        {
            return format == SheetFormat.Csv ? ReadCsv(content) : ReadXlsx(content);
        }
        catch (Exception e) when (e is CsvHelperException or OpenXmlPackageException or InvalidDataException or IOException or FormatException)
        {
            return null;
        }
    }

    public static byte[] Write(IEnumerable<string[]> rows, SheetFormat format) =>
        format == SheetFormat.Csv ? WriteCsv(rows) : WriteXlsx(rows);

    private static List<Row> ReadCsv(byte[] content)
    {
        using var reader = new StreamReader(new MemoryStream(content), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null });
        var rows = new List<Row>();
        if (!csv.Read()) return rows;
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        while (csv.Read())
        {
            var cells = new Dictionary<string, string>();
            for (var i = 0; i < header.Length; i++) cells[header[i].Trim()] = csv.GetField(i) ?? "";
            if (cells.Values.All(string.IsNullOrWhiteSpace)) continue;
            rows.Add(new Row(csv.Parser.Row, cells));
        }
        rows.Insert(0, new Row(1, header.ToDictionary(h => h.Trim(), h => h.Trim())));
        return rows;
    }

    private static List<Row> ReadXlsx(byte[] content)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException();
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var rows = new List<Row>();
        string[]? header = null;
        foreach (var row in part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>())
        {
            var values = new Dictionary<int, string>();
            foreach (var cell in row.Elements<Cell>())
                values[ColumnIndex(cell.CellReference?.Value)] = CellText(cell, shared);
            var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
            if (header is null)
            {
                header = Enumerable.Range(0, values.Count == 0 ? 0 : values.Keys.Max() + 1).Select(i => values.GetValueOrDefault(i, "").Trim()).ToArray();
                rows.Add(new Row(number, header.Where(h => h.Length > 0).Distinct().ToDictionary(h => h, h => h)));
                continue;
            }
            if (values.Values.All(string.IsNullOrWhiteSpace)) continue;
            var cells = new Dictionary<string, string>();
            for (var i = 0; i < header.Length; i++) if (header[i].Length > 0) cells[header[i]] = values.GetValueOrDefault(i, "");
            rows.Add(new Row(number, cells));
        }
        return rows;
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var i)) return i < shared.Count ? shared[i] : "";
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return cell.CellValue?.Text ?? "";
    }

    private static int ColumnIndex(string? reference)
    {
        var index = 0;
        foreach (var c in reference ?? "A")
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return Math.Max(0, index - 1);
    }

    private static byte[] WriteCsv(IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var row in rows)
            {
                foreach (var cell in row) csv.WriteField(Defuse(cell));
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    private static byte[] WriteXlsx(IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint number = 1;
            foreach (var row in rows)
            {
                var line = new DocumentFormat.OpenXml.Spreadsheet.Row { RowIndex = number };
                for (var i = 0; i < row.Length; i++)
                    line.Append(new Cell
                    {
                        CellReference = ColumnName(i) + number, DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(row[i]) { Space = SpaceProcessingModeValues.Preserve }),
                    });
                data.Append(line);
                number++;
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "商品" }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }

    /// A cell starting with = + - @ would run as a formula when the CSV is opened in a spreadsheet.
    private static string Defuse(string cell) => cell.Length > 0 && "=+-@".Contains(cell[0]) && !decimal.TryParse(cell, CultureInfo.InvariantCulture, out _) ? "'" + cell : cell;
}
