using System.Text;

namespace SharedWarehouse.Modules.Printing.Rendering;

/// A fitted layout → ESC/POS bytes for 58/80 mm thermal printers sold in China (GB18030 in Chinese mode, FS &).
/// Commands used (Epson ESC/POS reference): ESC @ init, FS & Chinese mode, ESC a align, GS ! size, ESC E bold,
/// ESC M font, LF, GS h/w/H barcode height/module/HRI, GS k m=73 CODE128 with {B/{C code-set selectors,
/// GS ( k QR (model 2), ESC d feed, GS V 66 feed-and-cut. Every line is at most the paper's width (LineFitter), so
/// the printer never wraps one by itself and prints exactly the lines the preview shows.
public static class EscPosWriter
{
    public const byte Esc = 0x1B, Gs = 0x1D, Fs = 0x1C, Lf = 0x0A;

    public static byte[] Write(PrintLayout layout)
    {
        var b = new List<byte>(1024);
        b.AddRange([Esc, (byte)'@']);
        b.AddRange([Fs, (byte)'&']);
        foreach (var element in layout.Elements)
        {
            switch (element)
            {
                case PrintedLine line:
                    Style(b, line.Style.Centered, line.Style.Large, line.Style.Bold, line.Font);
                    b.AddRange(PrinterText.Encoding.GetBytes(line.Text));
                    b.Add(Lf);
                    break;
                case BarcodeElement barcode:
                    Style(b, centered: true, large: false, bold: false, PrinterFont.A);
                    AppendCode128(b, barcode);
                    break;
                case QrElement qr:
                    Style(b, centered: true, large: false, bold: false, PrinterFont.A);
                    AppendQr(b, qr.Data);
                    break;
            }
        }
        Style(b, centered: false, large: false, bold: false, PrinterFont.A);
        b.AddRange([Esc, (byte)'d', 3]);
        b.AddRange([Gs, (byte)'V', 66, 0]);
        return b.ToArray();
    }

    private static void Style(List<byte> b, bool centered, bool large, bool bold, PrinterFont font)
    {
        b.AddRange([Esc, (byte)'a', (byte)(centered ? 1 : 0)]);
        b.AddRange([Gs, (byte)'!', (byte)(large ? 0x11 : 0x00)]);
        b.AddRange([Esc, (byte)'E', (byte)(bold ? 1 : 0)]);
        b.AddRange([Esc, (byte)'M', (byte)(font == PrinterFont.B ? 1 : 0)]);
    }

    /// Set B text after "{B" (a literal '{' is sent as "{{"); digit pairs after "{C", one byte per pair.
    private static void AppendCode128(List<byte> b, BarcodeElement barcode)
    {
        b.AddRange([Gs, (byte)'h', (byte)barcode.HeightDots]);
        b.AddRange([Gs, (byte)'w', (byte)barcode.ModuleDots]);
        b.AddRange([Gs, (byte)'H', 2]); // human-readable text below the bars
        var data = new List<byte>();
        foreach (var segment in barcode.Segments)
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

    private static void AppendQr(List<byte> b, string text)
    {
        var data = Encoding.ASCII.GetBytes(text);
        b.AddRange([Gs, (byte)'(', (byte)'k', 4, 0, 49, 65, 50, 0]);                           // fn 165: model 2
        b.AddRange([Gs, (byte)'(', (byte)'k', 3, 0, 49, 67, QrElement.ModuleDots]);            // fn 167: module size
        b.AddRange([Gs, (byte)'(', (byte)'k', 3, 0, 49, 69, 49]);                              // fn 169: error correction M
        var length = data.Length + 3;
        b.AddRange([Gs, (byte)'(', (byte)'k', (byte)(length % 256), (byte)(length / 256), 49, 80, 48]); // fn 180: store
        b.AddRange(data);
        b.AddRange([Gs, (byte)'(', (byte)'k', 3, 0, 49, 81, 48]);                              // fn 181: print
        b.Add(Lf);
    }
}
