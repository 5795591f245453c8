using System.Globalization;
using System.Security;
using System.Text;
using SharedWarehouse.Modules.Printing.Contracts;

namespace SharedWarehouse.Modules.Printing.Rendering;

/// Browser preview of a label at printer scale (1 px = 1 dot): the same lines as the ESC/POS bytes and the
/// Code 128 bars computed by our encoder. Presentation attributes only (no style), so the CSP allows it.
public static class LabelSvg
{
    private const int LineHeight = 28, LargeLineHeight = 52, Margin = 8;

    public static string Render(LabelContent label, int paperWidthMm)
    {
        var width = LabelLayout.PrintableDots(paperWidthMm);
        var body = new StringBuilder();
        var y = Margin;
        foreach (var line in LabelLayout.Lines(label))
        {
            var height = line.Large ? LargeLineHeight : LineHeight;
            y += height;
            var x = line.Centered ? width / 2 : Margin;
            body.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y - 6}\" font-size=\"{height - 6}\"")
                .Append(line.Centered ? " text-anchor=\"middle\"" : "")
                .Append(line.Bold ? " font-weight=\"bold\"" : "")
                .Append(" data-line=\"\">").Append(SecurityElement.Escape(line.Text)).Append("</text>\n");
        }

        y += 12;
        var module = LabelLayout.ModuleWidth(label.LabelId, paperWidthMm);
        var widths = Code128.Widths(label.LabelId);
        var barsWidth = widths.Sum() * module;
        var bx = Math.Max(0, (width - barsWidth) / 2);
        body.Append(CultureInfo.InvariantCulture, $"<g data-barcode=\"{SecurityElement.Escape(label.LabelId)}\" fill=\"#000\">\n");
        for (var i = 0; i < widths.Count; i++)
        {
            var w = widths[i] * module;
            if (i % 2 == 0)
                body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{bx}\" y=\"{y}\" width=\"{w}\" height=\"{LabelLayout.BarcodeHeightDots}\"/>");
            bx += w;
        }
        body.Append("\n</g>\n");
        y += LabelLayout.BarcodeHeightDots + 24;
        body.Append(CultureInfo.InvariantCulture, $"<text x=\"{width / 2}\" y=\"{y}\" font-size=\"22\" text-anchor=\"middle\" data-hri=\"\">")
            .Append(SecurityElement.Escape(label.LabelId)).Append("</text>\n");
        if (label.IncludeQr)
        {
            // The printer draws the QR itself (GS ( k); the preview marks where it goes and what it holds.
            y += 12;
            body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{width / 2 - 75}\" y=\"{y}\" width=\"150\" height=\"150\" fill=\"none\" stroke=\"#000\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{width / 2}\" y=\"{y + 80}\" font-size=\"18\" text-anchor=\"middle\" data-qr=\"\">QR {SecurityElement.Escape(label.LabelId)}</text>\n");
            y += 150;
        }
        y += Margin;
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{y}\" viewBox=\"0 0 {width} {y}\" font-family=\"sans-serif\">\n"
            + $"<rect width=\"{width}\" height=\"{y}\" fill=\"#fff\"/>\n" + body + "</svg>\n";
    }
}
