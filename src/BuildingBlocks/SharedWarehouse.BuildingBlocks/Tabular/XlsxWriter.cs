using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace SharedWarehouse.BuildingBlocks.Tabular;

/// Writes the package parts by hand, each with its namespace as the default one (no "x:" prefixes) and the parts every
/// reader looks for (styles, shared strings, relationships): independent readers such as exceljs match element names
/// literally and cannot open a package whose elements are prefixed or whose styles part is missing.
internal static class XlsxWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const int MaxCellText = 32_767;

    /// Fixed entry times keep the bytes of a file a function of its content.
    private static readonly DateTimeOffset EntryTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(string sheetName, IReadOnlyList<SheetColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var data = rows.ToList();
        var styles = new XlsxStyles(columns);
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", ContentTypes);
            Part(zip, "_rels/.rels", x => Relationships(x, ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml")));
            Part(zip, "xl/workbook.xml", x => Workbook(x, SafeSheetName(sheetName)));
            Part(zip, "xl/_rels/workbook.xml.rels", x => Relationships(x,
                ("rId1", Rel + "/worksheet", "worksheets/sheet1.xml"), ("rId2", Rel + "/styles", "styles.xml"), ("rId3", Rel + "/sharedStrings", "sharedStrings.xml")));
            Part(zip, "xl/worksheets/sheet1.xml", x => Worksheet(x, columns, data, styles, strings));
            Part(zip, "xl/styles.xml", styles.Write);
            Part(zip, "xl/sharedStrings.xml", x => SharedStrings(x, strings));
        }
        return stream.ToArray();
    }

    private static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var xml = XmlWriter.Create(entry.Open(), new XmlWriterSettings { Encoding = new UTF8Encoding(false), CheckCharacters = true, CloseOutput = true });
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void ContentTypes(XmlWriter x)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        x.WriteStartElement("Types", ns);
        Default(x, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(x, ns, "xml", "application/xml");
        Override(x, ns, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(x, ns, "/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        Override(x, ns, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        Override(x, ns, "/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        x.WriteEndElement();

        static void Default(XmlWriter x, string ns, string extension, string type)
        {
            x.WriteStartElement("Default", ns);
            x.WriteAttributeString("Extension", extension);
            x.WriteAttributeString("ContentType", type);
            x.WriteEndElement();
        }

        static void Override(XmlWriter x, string ns, string part, string type)
        {
            x.WriteStartElement("Override", ns);
            x.WriteAttributeString("PartName", part);
            x.WriteAttributeString("ContentType", type);
            x.WriteEndElement();
        }
    }

    private static void Relationships(XmlWriter x, params (string Id, string Type, string Target)[] relationships)
    {
        x.WriteStartElement("Relationships", PackageRel);
        foreach (var (id, type, target) in relationships)
        {
            x.WriteStartElement("Relationship", PackageRel);
            x.WriteAttributeString("Id", id);
            x.WriteAttributeString("Type", type);
            x.WriteAttributeString("Target", target);
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    private static void Workbook(XmlWriter x, string sheetName)
    {
        x.WriteStartElement("workbook", Main);
        x.WriteAttributeString("xmlns", "r", null, Rel);
        x.WriteStartElement("bookViews", Main);
        x.WriteStartElement("workbookView", Main);
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteStartElement("sheets", Main);
        x.WriteStartElement("sheet", Main);
        x.WriteAttributeString("name", sheetName);
        x.WriteAttributeString("sheetId", "1");
        x.WriteAttributeString("id", Rel, "rId1");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Worksheet(XmlWriter x, IReadOnlyList<SheetColumn> columns, List<IReadOnlyList<object?>> rows, XlsxStyles styles, Dictionary<string, int> strings)
    {
        var lastCell = CellReference.ColumnName(Math.Max(columns.Count, 1) - 1) + (rows.Count + 1);
        x.WriteStartElement("worksheet", Main);
        x.WriteAttributeString("xmlns", "r", null, Rel);
        x.WriteStartElement("dimension", Main);
        x.WriteAttributeString("ref", "A1:" + lastCell);
        x.WriteEndElement();
        // The header row stays in view while scrolling.
        x.WriteStartElement("sheetViews", Main);
        x.WriteStartElement("sheetView", Main);
        x.WriteAttributeString("tabSelected", "1");
        x.WriteAttributeString("workbookViewId", "0");
        x.WriteStartElement("pane", Main);
        x.WriteAttributeString("ySplit", "1");
        x.WriteAttributeString("topLeftCell", "A2");
        x.WriteAttributeString("activePane", "bottomLeft");
        x.WriteAttributeString("state", "frozen");
        x.WriteEndElement();
        x.WriteStartElement("selection", Main);
        x.WriteAttributeString("pane", "bottomLeft");
        x.WriteAttributeString("activeCell", "A2");
        x.WriteAttributeString("sqref", "A2");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteStartElement("sheetFormatPr", Main);
        x.WriteAttributeString("defaultRowHeight", "15");
        x.WriteEndElement();
        if (columns.Count > 0)
        {
            x.WriteStartElement("cols", Main);
            for (var i = 0; i < columns.Count; i++)
            {
                x.WriteStartElement("col", Main);
                x.WriteAttributeString("min", (i + 1).ToString(CultureInfo.InvariantCulture));
                x.WriteAttributeString("max", (i + 1).ToString(CultureInfo.InvariantCulture));
                x.WriteAttributeString("width", Width(columns[i], rows, i).ToString(CultureInfo.InvariantCulture));
                x.WriteAttributeString("style", styles.ColumnStyle(i).ToString(CultureInfo.InvariantCulture));
                x.WriteAttributeString("customWidth", "1");
                x.WriteEndElement();
            }
            x.WriteEndElement();
        }
        x.WriteStartElement("sheetData", Main);
        Row(x, 1, columns.Select(c => (object?)c.Header).ToList(), columns, i => XlsxStyles.Header, strings, header: true);
        for (var r = 0; r < rows.Count; r++) Row(x, r + 2, rows[r], columns, styles.ColumnStyle, strings, header: false);
        x.WriteEndElement();
        if (columns.Count > 0)
        {
            x.WriteStartElement("autoFilter", Main);
            x.WriteAttributeString("ref", "A1:" + lastCell);
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    private static void Row(XmlWriter x, int number, IReadOnlyList<object?> values, IReadOnlyList<SheetColumn> columns, Func<int, int> style,
        Dictionary<string, int> strings, bool header)
    {
        x.WriteStartElement("row", Main);
        x.WriteAttributeString("r", number.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < Math.Min(values.Count, columns.Count); i++)
        {
            var value = values[i];
            if (value is null) continue;
            var column = header ? new SheetColumn("") : columns[i];
            var number_ = CellValue.Number(value, column);
            var date = CellValue.Date(value, column);
            string? text = number_ is null && date is null ? Sanitize(CellValue.Text(value, column)) : null;
            if (text is { Length: 0 }) continue;
            x.WriteStartElement("c", Main);
            x.WriteAttributeString("r", CellReference.ColumnName(i) + number.ToString(CultureInfo.InvariantCulture));
            // A text value in a numeric column (a note, a 19-digit id) keeps the text style, so Excel does not reformat it.
            x.WriteAttributeString("s", (text is not null && !header ? XlsxStyles.Text : style(i)).ToString(CultureInfo.InvariantCulture));
            if (text is not null)
            {
                x.WriteAttributeString("t", "s");
                if (!strings.TryGetValue(text, out var index)) strings[text] = index = strings.Count;
                x.WriteElementString("v", Main, index.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                var stored = number_ ?? (decimal)date!.Value.ToOADate();
                x.WriteElementString("v", Main, stored.ToString(CultureInfo.InvariantCulture));
            }
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    private static void SharedStrings(XmlWriter x, Dictionary<string, int> strings)
    {
        x.WriteStartElement("sst", Main);
        x.WriteAttributeString("count", strings.Count.ToString(CultureInfo.InvariantCulture));
        x.WriteAttributeString("uniqueCount", strings.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var text in strings.OrderBy(s => s.Value).Select(s => s.Key))
        {
            x.WriteStartElement("si", Main);
            x.WriteStartElement("t", Main);
            if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n')))
                x.WriteAttributeString("xml", "space", null, "preserve");
            x.WriteString(text);
            x.WriteEndElement();
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    /// Characters in the width Excel measures in (a CJK character takes two), between 8 and 60.
    private static double Width(SheetColumn column, List<IReadOnlyList<object?>> rows, int index)
    {
        if (column.Width > 0) return column.Width;
        var widest = rows.Take(500).Select(r => index < r.Count ? DisplayWidth(CellValue.Text(r[index], column)) : 0).Append(DisplayWidth(column.Header) + 2).Max();
        return Math.Clamp(widest + 2, 8, 60);
    }

    private static int DisplayWidth(string text) => text.Sum(c => c > 0x2E80 ? 2 : 1);

    /// XML cannot hold most control characters (a file containing one does not open); Excel cells hold at most 32767.
    private static string Sanitize(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { clean.Append(c).Append(text[++i]); continue; }
            if (XmlConvert.IsXmlChar(c)) clean.Append(c);
        }
        return clean.Length > MaxCellText ? clean.ToString(0, MaxCellText) : clean.ToString();
    }

    /// Excel's rules for a sheet name: at most 31 characters, none of []:*?/\ and not empty.
    private static string SafeSheetName(string name)
    {
        var safe = new string((name ?? "").Select(c => "[]:*?/\\".Contains(c) ? '_' : c).ToArray()).Trim('\'').Trim();
        if (safe.Length > 31) safe = safe[..31];
        return safe.Length == 0 ? "Sheet1" : safe;
    }
}
