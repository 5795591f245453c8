using System.Text;
using SharedWarehouse.Modules.Printing.Contracts;

namespace SharedWarehouse.Modules.Printing.Rendering;

/// Label → ESC/POS bytes for 58/80 mm thermal printers sold in China (GB18030 in Chinese mode, FS &).
/// Commands used (Epson ESC/POS reference): ESC @ init, FS & Chinese mode, ESC a align, GS ! size, ESC E bold,
/// LF, GS h/w/H barcode height/module/HRI, GS k m=73 CODE128 with the {B code-set prefix, GS ( k QR (model 2),
/// ESC d feed, GS V 66 feed-and-cut.
public static class EscPosLabelRenderer
{
    public const byte Esc = 0x1B, Gs = 0x1D, Fs = 0x1C, Lf = 0x0A;

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    });

    public static Encoding TextEncoding => Gb18030.Value;

    public static byte[] Render(LabelContent label, int paperWidthMm)
    {
        var b = new List<byte>(512);
        b.AddRange([Esc, (byte)'@']);
        b.AddRange([Fs, (byte)'&']);
        foreach (var line in LabelLayout.Lines(label))
        {
            b.AddRange([Esc, (byte)'a', (byte)(line.Centered ? 1 : 0)]);
            b.AddRange([Gs, (byte)'!', (byte)(line.Large ? 0x11 : 0x00)]);
            b.AddRange([Esc, (byte)'E', (byte)(line.Bold ? 1 : 0)]);
            b.AddRange(TextEncoding.GetBytes(Printable(line.Text)));
            b.Add(Lf);
        }
        b.AddRange([Gs, (byte)'!', 0x00, Esc, (byte)'E', 0]);
        b.AddRange([Esc, (byte)'a', 1]);
        AppendCode128(b, label.LabelId, paperWidthMm);
        if (label.IncludeQr) AppendQr(b, label.LabelId);
        b.AddRange([Esc, (byte)'d', 3]);
        b.AddRange([Gs, (byte)'V', 66, 0]);
        return b.ToArray();
    }

    private static void AppendCode128(List<byte> b, string labelId, int paperWidthMm)
    {
        b.AddRange([Gs, (byte)'h', LabelLayout.BarcodeHeightDots]);
        b.AddRange([Gs, (byte)'w', (byte)LabelLayout.ModuleWidth(labelId, paperWidthMm)]);
        b.AddRange([Gs, (byte)'H', 2]); // human-readable text below the bars
        // "{B" selects code set B; a literal '{' in the data is sent as "{{".
        var data = Encoding.ASCII.GetBytes("{B" + labelId.Replace("{", "{{", StringComparison.Ordinal));
        b.AddRange([Gs, (byte)'k', 73, checked((byte)data.Length)]);
        b.AddRange(data);
        b.Add(Lf);
    }

    private static void AppendQr(List<byte> b, string text)
    {
        var data = Encoding.ASCII.GetBytes(text);
        b.AddRange([Gs, (byte)'(', (byte)'k', 4, 0, 49, 65, 50, 0]);       // fn 165: model 2
        b.AddRange([Gs, (byte)'(', (byte)'k', 3, 0, 49, 67, 6]);           // fn 167: module size 6 dots
        b.AddRange([Gs, (byte)'(', (byte)'k', 3, 0, 49, 69, 49]);          // fn 169: error correction M
        var length = data.Length + 3;
        b.AddRange([Gs, (byte)'(', (byte)'k', (byte)(length % 256), (byte)(length / 256), 49, 80, 48]); // fn 180: store
        b.AddRange(data);
        b.AddRange([Gs, (byte)'(', (byte)'k', 3, 0, 49, 81, 48]);          // fn 181: print
        b.Add(Lf);
    }

    /// Control characters inside user text would be read by the printer as commands: replace them.
    internal static string Printable(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}
