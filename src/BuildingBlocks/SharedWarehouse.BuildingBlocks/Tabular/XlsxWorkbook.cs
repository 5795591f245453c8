using System.Globalization;
using System.Text;
using System.Xml;

namespace SharedWarehouse.BuildingBlocks.Tabular;

/// Reads an XLSX workbook: its sheets in tab order, shared strings, which cell styles are dates, and each sheet's rows
/// (streamed, so a big lookup sheet in a template costs nothing unless it is chosen).
internal sealed class XlsxWorkbook
{
    private readonly XlsxPackage package;
    private readonly List<string> sharedStrings = [];
    private readonly HashSet<int> dateStyles = [];
    private readonly HashSet<int> timeOnlyStyles = [];
    private bool date1904;

    public sealed record SheetInfo(string Name, string Path, bool Hidden);

    public List<SheetInfo> Sheets { get; } = [];

    private XlsxWorkbook(XlsxPackage package) => this.package = package;

    /// Null when the zip holds no spreadsheet (a .docx, an .ods or any other zip).
    public static XlsxWorkbook? Open(XlsxPackage package)
    {
        var workbookPath = package.Relationships("").Values.FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Path;
        if (workbookPath is null || !package.Has(workbookPath)) return null;
        var workbook = new XlsxWorkbook(package);
        var relationships = package.Relationships(workbookPath);
        workbook.ReadWorkbook(workbookPath, relationships);
        if (workbook.Sheets.Count == 0) return null;
        foreach (var (type, path) in relationships.Values)
        {
            if (type.EndsWith("/sharedStrings", StringComparison.Ordinal)) workbook.ReadSharedStrings(path);
            else if (type.EndsWith("/styles", StringComparison.Ordinal)) workbook.ReadStyles(path);
        }
        return workbook;
    }

    private void ReadWorkbook(string path, Dictionary<string, (string Type, string Path)> relationships)
    {
        using var xml = package.Open(path)!;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "workbookPr") date1904 = xml.GetAttribute("date1904") is "1" or "true";
            if (xml.LocalName != "sheet") continue;
            var id = Attribute(xml, "id");
            if (id is null || !relationships.TryGetValue(id, out var target) || !target.Type.EndsWith("/worksheet", StringComparison.Ordinal)) continue;
            Sheets.Add(new SheetInfo(xml.GetAttribute("name") ?? "", target.Path, xml.GetAttribute("state") is "hidden" or "veryHidden"));
        }
    }

    /// The r:id attribute whatever prefix the namespace got.
    private static string? Attribute(XmlReader xml, string localName)
    {
        for (var i = 0; i < xml.AttributeCount; i++)
        {
            xml.MoveToAttribute(i);
            if (xml.LocalName == localName && xml.Prefix.Length > 0) { var value = xml.Value; xml.MoveToElement(); return value; }
        }
        xml.MoveToElement();
        return null;
    }

    private void ReadSharedStrings(string path)
    {
        using var xml = package.Open(path);
        if (xml is null) return;
        while (xml.Read())
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si") sharedStrings.Add(StringItem(xml));
    }

    /// The text of an <si> or <is>: its <t>, or the <t> of its rich-text runs; phonetic guides (<rPh>) are not text.
    /// Read through a subtree so the caller's reader ends on this element's end tag, whatever is inside.
    private static string StringItem(XmlReader xml)
    {
        if (xml.IsEmptyElement) return "";
        var text = new StringBuilder();
        using var item = xml.ReadSubtree();
        var inText = false;
        var phonetic = 0;
        while (item.Read())
        {
            switch (item.NodeType)
            {
                case XmlNodeType.Element when item.LocalName == "rPh" && !item.IsEmptyElement: phonetic++; break;
                case XmlNodeType.Element when item.LocalName == "t" && !item.IsEmptyElement: inText = true; break;
                case XmlNodeType.EndElement when item.LocalName == "rPh": phonetic--; break;
                case XmlNodeType.EndElement when item.LocalName == "t": inText = false; break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inText && phonetic == 0:
                    text.Append(item.Value);
                    break;
            }
        }
        return text.ToString();
    }

    private void ReadStyles(string path)
    {
        using var xml = package.Open(path);
        if (xml is null) return;
        var formats = new Dictionary<int, string>();
        var inCellXfs = false;
        var index = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs") inCellXfs = false;
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "numFmt" && int.TryParse(xml.GetAttribute("numFmtId"), out var id)) formats[id] = xml.GetAttribute("formatCode") ?? "";
            else if (xml.LocalName == "cellXfs") inCellXfs = !xml.IsEmptyElement;
            else if (xml.LocalName == "xf" && inCellXfs)
            {
                var numFmtId = int.TryParse(xml.GetAttribute("numFmtId"), out var n) ? n : 0;
                var kind = NumberFormats.KindOf(numFmtId, formats.GetValueOrDefault(numFmtId));
                if (kind == NumberFormats.Kind.Date) dateStyles.Add(index);
                if (kind == NumberFormats.Kind.Time) timeOnlyStyles.Add(index);
                index++;
            }
        }
    }

    public IEnumerable<RawRow> Rows(SheetInfo sheet)
    {
        using var xml = package.Open(sheet.Path);
        if (xml is null) yield break;
        var rowNumber = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row") continue;
            rowNumber = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : rowNumber + 1;
            if (xml.IsEmptyElement) continue;
            var cells = new List<RawCell>();
            var depth = xml.Depth;
            while (xml.Read() && xml.Depth > depth)
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c") continue;
                var column = CellReference.Column(xml.GetAttribute("r")) ?? cells.Count;
                if (column >= 16_384) continue;
                var cell = Cell(xml);
                while (cells.Count < column) cells.Add(RawCell.Empty);
                if (cells.Count == column) cells.Add(cell);
                else cells[column] = cell;
            }
            yield return new RawRow(rowNumber, cells);
        }
    }

    /// A <c>: by its type, the cached value of a formula included (t="str" for text results, a number otherwise).
    private RawCell Cell(XmlReader xml)
    {
        var type = xml.GetAttribute("t") ?? "n";
        var style = int.TryParse(xml.GetAttribute("s"), out var s) ? s : 0;
        if (xml.IsEmptyElement) return RawCell.Empty;
        string? value = null, inline = null;
        using (var cell = xml.ReadSubtree())
        {
            var inValue = false;
            while (cell.Read())
            {
                if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "is") inline = StringItem(cell);
                else if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "v") inValue = !cell.IsEmptyElement;
                else if (cell.NodeType == XmlNodeType.EndElement && cell.LocalName == "v") inValue = false;
                else if (inValue && cell.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                    value += cell.Value;
            }
        }
        switch (type)
        {
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count ? new RawCell(sharedStrings[i]) : RawCell.Empty;
            case "inlineStr":
                return new RawCell(inline ?? value ?? "");
            case "b":
                return new RawCell(value == "1" ? "TRUE" : value == "0" ? "FALSE" : value ?? "");
            case "d":
                return new RawCell(DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso) ? Format(iso, false) : value ?? "");
            case "n":
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return new RawCell(value ?? "");
                if (dateStyles.Contains(style) || timeOnlyStyles.Contains(style)) return new RawCell(FromSerial(number, timeOnlyStyles.Contains(style)) ?? value!);
                return new RawCell(value!, number);
            default: // "str" (a formula's text), "e" (#N/A and friends): the text as Excel shows it
                return new RawCell(value ?? inline ?? "");
        }
    }

    private string? FromSerial(double serial, bool timeOnly)
    {
        if (date1904) serial += 1462;
        if (serial is < 0 or > 2_958_465) return null;
        var date = DateTime.FromOADate(serial);
        return Format(new DateTime((date.Ticks + TimeSpan.TicksPerSecond / 2) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond), timeOnly);
    }

    private static string Format(DateTime value, bool timeOnly) =>
        value.ToString(timeOnly ? "HH:mm:ss" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
