using System.Globalization;
using System.Text;

namespace SharedWarehouse.Modules.Printing.Rendering;

/// Text as a Chinese ESC/POS printer in Chinese mode (FS &) prints it, and how wide it comes out. In that mode every
/// byte below 0x80 is an ASCII glyph of the selected font (Font A 12 dots, Font B 9 dots) and every double-byte GBK
/// code is a 24-dot Chinese glyph, whatever Unicode's East Asian Width says (× and · print full width too). So the
/// width of a character is its GB18030 byte count in half-width columns, once Clean has made every character one or
/// two bytes.
public static class PrinterText
{
    public const int FontADots = 12, FontBDots = 9, WideDots = 24;

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    });

    public static Encoding Encoding => Gb18030.Value;

    /// What the printer can print of the text: control characters (which the printer would read as commands) become
    /// spaces; invisible format and combining characters (zero-width joiners, emoji variation selectors) go; a
    /// character outside GBK (4 bytes in GB18030: emoji, rare CJK extension characters), which the printer's font
    /// lacks and would print as two wrong glyphs, becomes "?". Ideographic spaces become two spaces.
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var clean = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[8];
        Span<char> chars = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == 0x3000) { clean.Append("  "); continue; }
            if (Rune.IsControl(rune)) { clean.Append(' '); continue; }
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) continue;
            if (rune.IsAscii) { clean.Append((char)rune.Value); continue; }
            var length = rune.EncodeToUtf16(chars);
            clean.Append(Encoding.GetBytes(chars[..length], bytes) == 2 ? chars[..length] : "?");
        }
        return clean.ToString();
    }

    /// Half-width columns of cleaned text: 1 for ASCII, 2 for anything else.
    public static int Columns(string text)
    {
        var columns = 0;
        foreach (var c in text) columns += c < 0x80 ? 1 : 2;
        return columns;
    }

    /// Dots across of cleaned text in a font at normal size (Chinese glyphs are 24 dots in either font).
    public static int Dots(string text, PrinterFont font)
    {
        var dots = 0;
        foreach (var c in text) dots += c >= 0x80 ? WideDots : font == PrinterFont.B ? FontBDots : FontADots;
        return dots;
    }

    public static bool IsAscii(string text) => text.All(char.IsAscii);
}
