using System.Globalization;
using System.Security;
using System.Text;

namespace SharedWarehouse.Modules.Printing.Rendering;

/// Browser preview of a fitted layout at printer scale (1 px = 1 dot): the same lines as the ESC/POS bytes, each drawn
/// exactly as wide as the printer prints it (textLength = its dots, so a browser font's own widths cannot make it
/// look shorter or clip it), centred as the printer centres, and the Code 128 bars computed by our encoder.
/// Presentation attributes only (no style), so the CSP allows it.
public static class SvgPreview
{
    private const int Margin = 8;

    public static string Render(PrintLayout layout)
    {
        var width = layout.PrintableDots;
        var body = new StringBuilder();
        var y = Margin;
        foreach (var element in layout.Elements)
        {
            switch (element)
            {
                case PrintedLine line:
                    y = Text(body, line, width, y);
                    break;
                case BarcodeElement barcode:
                    y = Barcode(body, barcode, width, y);
                    break;
                case QrElement qr:
                    // The printer draws the QR itself (GS ( k); the preview marks where it goes and what it holds.
                    y += 12;
                    body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{width / 2 - 75}\" y=\"{y}\" width=\"150\" height=\"150\" fill=\"none\" stroke=\"#000\"/>")
                        .Append(CultureInfo.InvariantCulture, $"<text x=\"{width / 2}\" y=\"{y + 80}\" font-size=\"18\" text-anchor=\"middle\" data-qr=\"\">QR {SecurityElement.Escape(qr.Data)}</text>\n");
                    y += 150;
                    break;
            }
        }
        y += Margin;
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{y}\" viewBox=\"0 0 {width} {y}\" font-family=\"monospace\">\n"
            + $"<rect width=\"{width}\" height=\"{y}\" fill=\"#fff\"/>\n" + body + "</svg>\n";
    }

    /// Font A glyphs are 24 dots high (48 when large), Font B 17; lines advance by the glyph plus the printer's spacing.
    private static int Text(StringBuilder body, PrintedLine line, int width, int y)
    {
        var glyph = (line.Font == PrinterFont.B ? 17 : 24) * line.Scale;
        y += glyph + 6;
        var x = line.Style.Centered ? Math.Max(0, (width - line.Dots) / 2) : 0;
        body.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x}\" y=\"{y - 4}\" font-size=\"{glyph}\" textLength=\"{line.Dots}\" lengthAdjust=\"spacingAndGlyphs\"")
            .Append(line.Style.Bold ? " font-weight=\"bold\"" : "")
            .Append(line.Style.Large ? " data-large=\"\"" : "")
            .Append(line.Font == PrinterFont.B ? " data-font=\"B\"" : "")
            .Append(" data-line=\"\">").Append(SecurityElement.Escape(line.Text)).Append("</text>\n");
        return y;
    }

    private static int Barcode(StringBuilder body, BarcodeElement barcode, int width, int y)
    {
        y += 12;
        var widths = Code128.WidthsOf(barcode.Values);
        var bx = Math.Max(0, (width - barcode.Dots) / 2);
        body.Append(CultureInfo.InvariantCulture, $"<g data-barcode=\"{SecurityElement.Escape(barcode.Data)}\" fill=\"#000\">\n");
        for (var i = 0; i < widths.Count; i++)
        {
            var w = widths[i] * barcode.ModuleDots;
            if (i % 2 == 0) body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{bx}\" y=\"{y}\" width=\"{w}\" height=\"{barcode.HeightDots}\"/>");
            bx += w;
        }
        body.Append("\n</g>\n");
        y += barcode.HeightDots + 24;
        body.Append(CultureInfo.InvariantCulture, $"<text x=\"{width / 2}\" y=\"{y}\" font-size=\"22\" text-anchor=\"middle\" data-hri=\"\">")
            .Append(SecurityElement.Escape(barcode.Data)).Append("</text>\n");
        return y;
    }
}
