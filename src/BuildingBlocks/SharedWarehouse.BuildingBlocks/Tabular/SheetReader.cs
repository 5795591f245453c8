using System.Text;

namespace SharedWarehouse.BuildingBlocks.Tabular;

/// The one reader for every CSV/XLSX import in the app. The file's name and the browser's content type are not
/// trusted: the bytes decide (PK zip = XLSX; OLE2 = old .xls or an encrypted workbook; anything else must be text).
public static class SheetReader
{
    private static ReadOnlySpan<byte> Zip => "PK\u0003\u0004"u8;
    private static ReadOnlySpan<byte> Ole2 => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// Detects the format, the text encoding (UTF-8 with/without BOM, UTF-16 LE/BE BOM, else GB18030 which covers GBK)
    /// and the delimiter (comma, tab, semicolon); finds the header row (the first row, within the first 20, naming the
    /// most known columns: title rows and merged title cells above it are skipped); picks the sheet that has the
    /// required columns (an instructions sheet before the data sheet is skipped); strips cell guards (="123", leading
    /// tab, leading apostrophe, surrounding whitespace); reads XLSX formula cells by their cached value, numbers rounded
    /// to SheetSpec.Decimals for their column, dates as yyyy-MM-dd HH:mm:ss. Any file gives a table or a problem.
    public static SheetReadResult Read(byte[] content, SheetSpec spec)
    {
        if (content is null || content.Length == 0) return SheetReadResult.Fail("文件是空的");
        try
        {
            if (content.AsSpan().StartsWith(Zip)) return ReadXlsx(content, spec);
            if (content.AsSpan().StartsWith(Ole2)) return Ole2Problem(content);
            return ReadText(content, spec);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or FormatException or
            ArgumentException or OverflowException or IndexOutOfRangeException or NotSupportedException or DecoderFallbackException)
        {
            // A damaged file: the user can act on "it is damaged", not on a stack trace.
            return SheetReadResult.Fail("文件已损坏或不是 CSV / Excel(.xlsx) 文件，无法读取");
        }
    }

    private static SheetReadResult Ole2Problem(byte[] content) =>
        // Excel saves a workbook with a password to open as an OLE2 file holding an "EncryptedPackage" stream.
        content.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0
            ? SheetReadResult.Fail("文件设置了打开密码，请在 Excel 中取消密码后另存为 .xlsx 再导入")
            : SheetReadResult.Fail("这是旧版 Excel(.xls) 文件，请在 Excel 或 WPS 中另存为 .xlsx（或 CSV）后再导入");

    private static SheetReadResult ReadText(byte[] content, SheetSpec spec)
    {
        if (TextDecoding.Decode(content) is not { } text) return SheetReadResult.Fail("文件不是 CSV 或 Excel(.xlsx) 文件");
        var delimiter = CsvText.Delimiters
            .Select(d => (Delimiter: d, Score: Score(CsvText.Records(text, d).Take(HeaderRow.SearchedRows * 2).ToList(), spec)))
            .OrderByDescending(c => c.Score.HasRequired).ThenByDescending(c => c.Score.Known).ThenByDescending(c => c.Score.Fields)
            .First().Delimiter;
        return TableBuilder.Build(CsvText.Records(text, delimiter), spec, SheetFormat.Csv, null);
    }

    /// How well rows split with one delimiter fit the spec; with no known column, the split giving the header the
    /// most fields wins (a tab-separated file split on commas gives one field per row, which says nothing, so ties
    /// keep the comma).
    private static (bool HasRequired, int Known, int Fields) Score(List<RawRow> rows, SheetSpec spec)
    {
        var nonBlank = rows.Where(r => !r.IsBlank).Take(HeaderRow.SearchedRows).ToList();
        var header = HeaderRow.Find(nonBlank, spec);
        return header is null ? (false, 0, 0) : (header.HasRequired, header.Known, nonBlank[header.Index].Cells.Count is var n and > 1 ? n : 0);
    }

    private static SheetReadResult ReadXlsx(byte[] content, SheetSpec spec)
    {
        using var package = new XlsxPackage(content);
        if (package.Has("mimetype") && package.Has("content.xml"))
            return SheetReadResult.Fail("这是 OpenDocument(.ods) 表格，请另存为 .xlsx（或 CSV）后再导入");
        if (XlsxWorkbook.Open(package) is not { } workbook) return SheetReadResult.Fail("文件不是 CSV 或 Excel(.xlsx) 文件");
        // Visible sheets first, in tab order; the first that has every required column, else the one naming most
        // known columns, else the first (whose header then tells the caller what is missing).
        var ranked = workbook.Sheets.OrderBy(s => s.Hidden).Select(sheet =>
        {
            var first = workbook.Rows(sheet).Where(r => !r.IsBlank).Take(HeaderRow.SearchedRows).ToList();
            return (Sheet: sheet, Header: HeaderRow.Find(first, spec));
        }).ToList();
        var chosen = ranked.FirstOrDefault(s => s.Header is { HasRequired: true, Known: > 0 });
        if (chosen.Sheet is null) chosen = ranked.Where(s => s.Header is not null).OrderByDescending(s => s.Header!.Known).FirstOrDefault();
        if (chosen.Sheet is null) return SheetReadResult.Fail("文件中没有内容");
        return TableBuilder.Build(workbook.Rows(chosen.Sheet), spec, SheetFormat.Xlsx, chosen.Sheet.Name);
    }
}
