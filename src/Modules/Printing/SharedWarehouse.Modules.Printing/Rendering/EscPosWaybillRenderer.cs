using System.Text;
using SharedWarehouse.Modules.Printing.Contracts;
using static SharedWarehouse.Modules.Printing.Rendering.EscPosLabelRenderer;

namespace SharedWarehouse.Modules.Printing.Rendering;

/// Waybill → ESC/POS bytes, with the commands of the pick label (see EscPosLabelRenderer). The tracking number's
/// CODE128 switches to code set C for digit runs ({C), which halves their width on the paper.
public static class EscPosWaybillRenderer
{
    public static byte[] Render(WaybillContent waybill, int paperWidthMm)
    {
        var b = new List<byte>(1024);
        b.AddRange([Esc, (byte)'@']);
        b.AddRange([Fs, (byte)'&']);
        AppendLines(b, WaybillLayout.Header(waybill));
        AppendCode128(b, waybill.TrackingNumber, paperWidthMm);
        AppendLines(b, WaybillLayout.Body(waybill, paperWidthMm));
        b.AddRange([Gs, (byte)'!', 0x00, Esc, (byte)'E', 0]);
        b.AddRange([Esc, (byte)'d', 3]);
        b.AddRange([Gs, (byte)'V', 66, 0]);
        return b.ToArray();
    }

    private static void AppendLines(List<byte> b, IEnumerable<LabelLine> lines)
    {
        foreach (var line in lines)
        {
            b.AddRange([Esc, (byte)'a', (byte)(line.Centered ? 1 : 0)]);
            b.AddRange([Gs, (byte)'!', (byte)(line.Large ? 0x11 : 0x00)]);
            b.AddRange([Esc, (byte)'E', (byte)(line.Bold ? 1 : 0)]);
            b.AddRange(TextEncoding.GetBytes(Printable(line.Text)));
            b.Add(Lf);
        }
    }

    private static void AppendCode128(List<byte> b, string text, int paperWidthMm)
    {
        b.AddRange([Gs, (byte)'!', 0x00, Esc, (byte)'E', 0, Esc, (byte)'a', 1]);
        b.AddRange([Gs, (byte)'h', WaybillLayout.BarcodeHeightDots]);
        b.AddRange([Gs, (byte)'w', (byte)WaybillLayout.ModuleWidth(Code128.CompactValues(text), paperWidthMm)]);
        b.AddRange([Gs, (byte)'H', 2]); // human-readable text below the bars
        var data = new List<byte>();
        foreach (var segment in Code128.Segments(text))
        {
            if (segment.Set == 'C')
            {
                data.AddRange("{C"u8.ToArray());
                for (var k = 0; k < segment.Text.Length; k += 2) data.Add((byte)((segment.Text[k] - '0') * 10 + segment.Text[k + 1] - '0'));
            }
            else data.AddRange(Encoding.ASCII.GetBytes("{B" + segment.Text.Replace("{", "{{", StringComparison.Ordinal)));
        }
        b.AddRange([Gs, (byte)'k', 73, checked((byte)data.Count)]);
        b.AddRange(data);
        b.Add(Lf);
    }
}
