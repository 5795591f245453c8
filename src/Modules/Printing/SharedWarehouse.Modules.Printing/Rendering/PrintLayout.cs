namespace SharedWarehouse.Modules.Printing.Rendering;

/// ESC M: Font A (12×24, the default) or Font B (9×17, for a code too long for a Font A line).
public enum PrinterFont { A, B }

/// Large is GS ! 0x11: double width and double height.
public sealed record LineStyle(bool Large = false, bool Bold = false, bool Centered = false);

/// What goes down the paper, in order: the one layout that both the ESC/POS writer and the SVG preview draw, so the
/// preview shows exactly the lines the printer prints.
public abstract record PrintElement;

/// One printed line, already fitted: never wider than the paper's printable width, so the printer never wraps it.
public sealed record PrintedLine(string Text, LineStyle Style, PrinterFont Font = PrinterFont.A) : PrintElement
{
    public int Scale => Style.Large ? 2 : 1;

    public int Dots => PrinterText.Dots(Text, Font) * Scale;
}

/// A CODE128 barcode of Data, centred, with its text below (HRI): in code set B, or with DigitPairs its digit runs in
/// code set C (Code128.Segments), half as wide, for long numeric tracking numbers.
public sealed record BarcodeElement(string Data, int ModuleDots, int HeightDots, bool DigitPairs = false) : PrintElement
{
    public IReadOnlyList<Code128.Segment> Segments => DigitPairs ? Code128.Segments(Data) : [new Code128.Segment('B', Data)];

    public IReadOnlyList<int> Values => DigitPairs ? Code128.CompactValues(Data) : Code128.Values(Data);

    public int Dots => Code128.ModuleCountOf(Values) * ModuleDots;
}

/// A QR code (model 2, module 6 dots, error correction M) drawn by the printer.
public sealed record QrElement(string Data) : PrintElement
{
    public const int ModuleDots = 6;
}

public sealed record PrintLayout(int PaperWidthMm, IReadOnlyList<PrintElement> Elements)
{
    public int PrintableDots => Paper.PrintableDots(PaperWidthMm);

    /// Whether every element fits across the paper (a barcode too wide for it is refused at enqueue: a printer
    /// silently skips a GS k that does not fit).
    public bool Fits => Elements.All(e => e switch
    {
        PrintedLine line => line.Dots <= PrintableDots,
        BarcodeElement barcode => barcode.Dots <= PrintableDots,
        _ => true,
    });
}

/// Roll widths and what the print head reaches at 203 dpi (8 dots/mm): 58 mm rolls print 48 mm, 80 mm rolls 72 mm.
public static class Paper
{
    public static int PrintableDots(int paperWidthMm) => paperWidthMm >= 80 ? 576 : 384;

    /// Half-width characters per line: 32 and 48 in Font A, 42 and 64 in Font B.
    public static int Columns(int paperWidthMm, PrinterFont font = PrinterFont.A) =>
        PrintableDots(paperWidthMm) / (font == PrinterFont.B ? PrinterText.FontBDots : PrinterText.FontADots);

    /// The widest bar module (4 down to 2 dots, GS w) that keeps the bars and 10-module quiet zones on the printable
    /// width; at 2 dots the bars alone may take it all, the roll's unprintable margins (4-5 mm) then being the quiet zones.
    public static int BarcodeModuleDots(IReadOnlyList<int> values, int paperWidthMm)
    {
        var modules = Code128.ModuleCountOf(values);
        var printable = PrintableDots(paperWidthMm);
        for (var module = 4; module > 2; module--)
            if ((modules + 20) * module <= printable) return module;
        return 2;
    }
}
