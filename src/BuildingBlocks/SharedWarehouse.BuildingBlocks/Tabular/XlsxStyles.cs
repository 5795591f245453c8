using System.Globalization;
using System.Xml;

namespace SharedWarehouse.BuildingBlocks.Tabular;

/// The styles part: fixed cell formats (header, text, integer, date-time) plus one number format per decimals count in
/// use. Text cells get the "@" format so that a barcode typed into an empty row of a template stays text too.
internal sealed class XlsxStyles
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public const int General = 0, Header = 1, Text = 2, Integer = 3, DateTime = 4;
    private const int DateTimeFormat = 164, FirstDecimalFormat = 165;

    private readonly IReadOnlyList<SheetColumn> columns;
    private readonly List<int> decimals;

    public XlsxStyles(IReadOnlyList<SheetColumn> columns)
    {
        this.columns = columns;
        decimals = columns.Where(c => c.Kind == CellKind.Decimal).Select(c => Math.Clamp(c.Decimals, 0, 10)).Distinct().Order().ToList();
    }

    public int ColumnStyle(int index) => columns[index].Kind switch
    {
        CellKind.Integer => Integer,
        CellKind.DateTime => DateTime,
        CellKind.Decimal => 5 + decimals.IndexOf(Math.Clamp(columns[index].Decimals, 0, 10)),
        _ => Text,
    };

    private static string DecimalCode(int places) => places == 0 ? "0" : "0." + new string('0', places);

    public void Write(XmlWriter x)
    {
        x.WriteStartElement("styleSheet", Main);
        x.WriteStartElement("numFmts", Main);
        x.WriteAttributeString("count", (1 + decimals.Count).ToString(CultureInfo.InvariantCulture));
        NumFmt(x, DateTimeFormat, "yyyy-mm-dd hh:mm:ss");
        for (var i = 0; i < decimals.Count; i++) NumFmt(x, FirstDecimalFormat + i, DecimalCode(decimals[i]));
        x.WriteEndElement();

        x.WriteStartElement("fonts", Main);
        x.WriteAttributeString("count", "2");
        Font(x, bold: false);
        Font(x, bold: true);
        x.WriteEndElement();
        x.WriteStartElement("fills", Main);
        x.WriteAttributeString("count", "2");
        foreach (var pattern in new[] { "none", "gray125" })
        {
            x.WriteStartElement("fill", Main);
            x.WriteStartElement("patternFill", Main);
            x.WriteAttributeString("patternType", pattern);
            x.WriteEndElement();
            x.WriteEndElement();
        }
        x.WriteEndElement();
        x.WriteStartElement("borders", Main);
        x.WriteAttributeString("count", "1");
        x.WriteStartElement("border", Main);
        foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" }) { x.WriteStartElement(side, Main); x.WriteEndElement(); }
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteStartElement("cellStyleXfs", Main);
        x.WriteAttributeString("count", "1");
        Xf(x, 0, 0, xfId: false);
        x.WriteEndElement();

        x.WriteStartElement("cellXfs", Main);
        x.WriteAttributeString("count", (5 + decimals.Count).ToString(CultureInfo.InvariantCulture));
        Xf(x, 0, 0);                     // General
        Xf(x, 49, 1);                    // Header: bold text
        Xf(x, 49, 0);                    // Text "@"
        Xf(x, 1, 0);                     // Integer "0"
        Xf(x, DateTimeFormat, 0);        // DateTime
        for (var i = 0; i < decimals.Count; i++) Xf(x, FirstDecimalFormat + i, 0);
        x.WriteEndElement();
        x.WriteStartElement("cellStyles", Main);
        x.WriteAttributeString("count", "1");
        x.WriteStartElement("cellStyle", Main);
        x.WriteAttributeString("name", "Normal");
        x.WriteAttributeString("xfId", "0");
        x.WriteAttributeString("builtinId", "0");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void NumFmt(XmlWriter x, int id, string code)
    {
        x.WriteStartElement("numFmt", Main);
        x.WriteAttributeString("numFmtId", id.ToString(CultureInfo.InvariantCulture));
        x.WriteAttributeString("formatCode", code);
        x.WriteEndElement();
    }

    private static void Font(XmlWriter x, bool bold)
    {
        x.WriteStartElement("font", Main);
        if (bold) { x.WriteStartElement("b", Main); x.WriteEndElement(); }
        x.WriteStartElement("sz", Main);
        x.WriteAttributeString("val", "11");
        x.WriteEndElement();
        x.WriteStartElement("name", Main);
        x.WriteAttributeString("val", "等线");
        x.WriteEndElement();
        x.WriteStartElement("family", Main);
        x.WriteAttributeString("val", "2");
        x.WriteEndElement();
        x.WriteStartElement("charset", Main);
        x.WriteAttributeString("val", "134");
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Xf(XmlWriter x, int numFmtId, int fontId, bool xfId = true)
    {
        x.WriteStartElement("xf", Main);
        x.WriteAttributeString("numFmtId", numFmtId.ToString(CultureInfo.InvariantCulture));
        x.WriteAttributeString("fontId", fontId.ToString(CultureInfo.InvariantCulture));
        x.WriteAttributeString("fillId", "0");
        x.WriteAttributeString("borderId", "0");
        if (xfId) x.WriteAttributeString("xfId", "0");
        if (numFmtId != 0) x.WriteAttributeString("applyNumberFormat", "1");
        if (fontId != 0) x.WriteAttributeString("applyFont", "1");
        x.WriteEndElement();
    }
}
