using System.Text;

namespace SharedWarehouse.UnitTests.Printing;

/// Plays ESC/POS bytes the way a 203 dpi thermal printer in Chinese mode does, from the Epson command reference and
/// not from our writer: it tracks the size (GS !), font (ESC M), alignment and bold state, reads GB18030 text (a byte
/// ≥ 0x81 starts a double-byte character, drawn 24 dots wide; ASCII is 12 dots in Font A, 9 in Font B; GS ! multiplies
/// the width), and measures every line in dots and every CODE128 barcode in modules. Any byte it does not know fails
/// the test, so a command the writer starts sending must be taught here first.
public sealed class EscPosInterpreter
{
    public sealed record Line(string Text, int Dots, int WidthScale, int HeightScale, bool Bold, int Align, char Font)
    {
        public bool Large => WidthScale == 2 && HeightScale == 2;
    }

    public sealed record Barcode(string Data, int Modules, int ModuleDots)
    {
        public int Dots => Modules * ModuleDots;
    }

    static EscPosInterpreter() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public List<Line> Lines { get; } = [];
    public List<Barcode> Barcodes { get; } = [];
    public List<string> QrCodes { get; } = [];
    public int Cuts { get; private set; }

    private int _width = 1, _height = 1, _align, _moduleDots = 3;
    private bool _bold, _chinese;
    private char _font = 'A';
    private readonly List<byte> _text = [];
    private int _dots;

    public static EscPosInterpreter Run(byte[] bytes)
    {
        var printer = new EscPosInterpreter();
        printer.Play(bytes);
        return printer;
    }

    private void Play(byte[] b)
    {
        var i = 0;
        byte Next() => i < b.Length ? b[i++] : throw new InvalidOperationException("command cut short at the end of the stream");
        while (i < b.Length)
        {
            var c = Next();
            switch (c)
            {
                case 0x0A:
                    EndLine();
                    break;
                case 0x1B:
                    var esc = (char)Next();
                    switch (esc)
                    {
                        case '@': (_width, _height, _align, _bold, _font, _chinese) = (1, 1, 0, false, 'A', false); break;
                        case 'a': _align = Next() % 48; break;
                        case 'E': _bold = (Next() & 1) == 1; break;
                        case 'M': _font = (Next() % 48) == 1 ? 'B' : 'A'; break;
                        case 'd': EndLine(); Next(); break;
                        default: throw new InvalidOperationException($"unknown command ESC {esc}");
                    }
                    break;
                case 0x1C:
                    var fs = (char)Next();
                    if (fs == '&') _chinese = true;
                    else if (fs == '.') _chinese = false;
                    else throw new InvalidOperationException($"unknown command FS {fs}");
                    break;
                case 0x1D:
                    var gs = (char)Next();
                    switch (gs)
                    {
                        case '!': var n = Next(); (_width, _height) = ((n >> 4) + 1, (n & 0x0F) + 1); break;
                        case 'h': Next(); break;
                        case 'H': Next(); break;
                        case 'w': _moduleDots = Next(); break;
                        case 'k':
                            var m = Next();
                            if (m != 73) throw new InvalidOperationException($"unexpected barcode system {m}");
                            var length = Next();
                            Barcodes.Add(Code128(b.AsSpan(i, length), _moduleDots));
                            i += length;
                            break;
                        case '(':
                            if (Next() != (byte)'k') throw new InvalidOperationException("unknown GS ( function");
                            var size = Next() | Next() << 8;
                            var body = b.AsSpan(i, size);
                            if (body[0] == 49 && body[1] == 80) QrCodes.Add(Encoding.ASCII.GetString(body[3..]));
                            i += size;
                            break;
                        case 'V':
                            if (Next() == 66) Next();
                            Cuts++;
                            break;
                        default: throw new InvalidOperationException($"unknown command GS {gs}");
                    }
                    break;
                case < 0x20:
                    throw new InvalidOperationException($"unexpected control byte 0x{c:X2}");
                default:
                    if (_chinese && c >= 0x81)
                    {
                        var second = Next();
                        if (second is >= 0x30 and <= 0x39) throw new InvalidOperationException("a 4-byte GB18030 character: not in the printer's GBK font");
                        _text.AddRange([c, second]);
                        _dots += 24 * _width;
                    }
                    else
                    {
                        _text.Add(c);
                        _dots += (_font == 'B' ? 9 : 12) * _width;
                    }
                    break;
            }
        }
        if (_text.Count > 0) throw new InvalidOperationException("text left unprinted at the end (no LF)");
    }

    private void EndLine()
    {
        if (_text.Count > 0)
            Lines.Add(new Line(Encoding.GetEncoding(54936).GetString(_text.ToArray()), _dots, _width, _height, _bold, _align, _font));
        _text.Clear();
        _dots = 0;
    }

    /// GS k m=73 data: "{A" "{B" "{C" select a code set (each selector after the first is a code-set switch symbol),
    /// "{{" is a literal "{"; in set C each byte is a value 0-99, two digits. Modules: 11 per symbol (start, data,
    /// switches, check) and 13 for the stop.
    private static Barcode Code128(ReadOnlySpan<byte> data, int moduleDots)
    {
        var text = new StringBuilder();
        var symbols = 0;
        var set = '\0';
        for (var k = 0; k < data.Length; k++)
        {
            if (data[k] == '{' && k + 1 < data.Length && data[k + 1] != '{')
            {
                set = (char)data[++k];
                symbols++; // start, or a code-set switch
                continue;
            }
            if (data[k] == '{') k++;
            if (set == '\0') throw new InvalidOperationException("CODE128 data must start with a code set selector");
            text.Append(set == 'C' ? data[k].ToString("00", System.Globalization.CultureInfo.InvariantCulture) : ((char)data[k]).ToString());
            symbols++;
        }
        symbols++; // check
        return new Barcode(text.ToString(), 11 * symbols + 13, moduleDots);
    }
}
