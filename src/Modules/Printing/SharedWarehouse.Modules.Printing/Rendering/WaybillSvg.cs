using System.Globalization;
using System.Security;
using System.Text;
using SharedWarehouse.Modules.Printing.Contracts;

namespace SharedWarehouse.Modules.Printing.Rendering;

/// Browser preview of a waybill at printer scale (1 px = 1 dot): the same lines as the ESC/POS bytes and the
/// Code 128 bars (with its code-set C runs) computed by our encoder. Presentation attributes only, for the CSP.
/// Monospace at 20 px: a half-width character is the printer's 12 dots, so wrapped lines fit as they print.
public static class WaybillSvg
{
    private const int LineHeight = 28, LargeLineHeight = 52, Margin = 8;

    public static string Render(WaybillContent waybill, int paperWidthMm)
    {
        var width = LabelLayout.PrintableDots(paperWidthMm);
        var body = new StringBuilder();
        var y = Margin;
        Lines(body, WaybillLayout.Header(waybill), width, ref y);

        y += 12;
        var values = Code128.CompactValues(waybill.TrackingNumber);
        var module = WaybillLayout.ModuleWidth(values, paperWidthMm);
        var widths = Code128.WidthsOf(values);
        var bx = Math.Max(0, (width - widths.Sum() * module) / 2);
        body.Append(CultureInfo.InvariantCulture, $"<g data-barcode=\"{SecurityElement.Escape(waybill.TrackingNumber)}\" fill=\"#000\">\n");
        for (var i = 0; i < widths.Count; i++)
        {
            if (i % 2 == 0)
                body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{bx}\" y=\"{y}\" width=\"{widths[i] * module}\" height=\"{WaybillLayout.BarcodeHeightDots}\"/>");
            bx += widths[i] * module;
        }
        body.Append("\n</g>\n");
        y += WaybillLayout.BarcodeHeightDots + 24;
        body.Append(CultureInfo.InvariantCulture, $"<text x=\"{width / 2}\" y=\"{y}\" font-size=\"22\" text-anchor=\"middle\" data-hri=\"\">")
            .Append(SecurityElement.Escape(waybill.TrackingNumber)).Append("</text>\n");

        Lines(body, WaybillLayout.Body(waybill, paperWidthMm), width, ref y);
        y += Margin;
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{y}\" viewBox=\"0 0 {width} {y}\" font-family=\"monospace\">\n"
            + $"<rect width=\"{width}\" height=\"{y}\" fill=\"#fff\"/>\n" + body + "</svg>\n";
    }

    private static void Lines(StringBuilder body, IEnumerable<LabelLine> lines, int width, ref int y)
    {
        foreach (var line in lines)
        {
            var height = line.Large ? LargeLineHeight : LineHeight;
            y += height;
            var x = line.Centered ? width / 2 : Margin;
            body.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y - 6}\" font-size=\"{(line.Large ? 40 : 20)}\"")
                .Append(line.Centered ? " text-anchor=\"middle\"" : "")
                .Append(line.Bold ? " font-weight=\"bold\"" : "")
                .Append(" data-line=\"\">").Append(SecurityElement.Escape(line.Text)).Append("</text>\n");
        }
    }
}
