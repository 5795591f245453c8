namespace SharedWarehouse.Modules.Printing.Rendering;

/// Code 128 code set B (printable ASCII 32-126): symbol values with the mod-103 check symbol and the
/// bar/space widths the browser preview draws. The printer draws its own bars from GS k; both come from
/// the same text, so the preview and the label scan the same.
public static class Code128
{
    public const int StartB = 104;
    public const int Stop = 106;

    /// Widths in modules, bar first, for values 0-106 (ISO/IEC 15417 table); the stop carries its 2-module
    /// termination bar, so every symbol is 11 modules and the stop 13.
    private static readonly string[] Patterns =
    [
        "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
        "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
        "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
        "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
        "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
        "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
        "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
        "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
        "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
        "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
    ];

    public static bool CanEncode(string text) => text.Length > 0 && text.All(c => c is >= ' ' and <= '~');

    /// Start B, one value per character, the check value, stop.
    public static IReadOnlyList<int> Values(string text)
    {
        if (!CanEncode(text)) throw new ArgumentException("Code 128 set B takes printable ASCII only.", nameof(text));
        var values = new List<int>(text.Length + 3) { StartB };
        values.AddRange(text.Select(c => c - 32));
        values.Add(CheckValue(values));
        values.Add(Stop);
        return values;
    }

    /// (start + Σ position × value) mod 103, positions counted from 1 after the start symbol.
    public static int CheckValue(IReadOnlyList<int> startAndData)
    {
        var sum = startAndData[0];
        for (var i = 1; i < startAndData.Count; i++) sum += i * startAndData[i];
        return sum % 103;
    }

    /// Alternating bar and space widths in modules, beginning and ending with a bar.
    public static IReadOnlyList<int> Widths(string text) =>
        Values(text).SelectMany(v => Patterns[v].Select(c => c - '0')).ToList();

    public static int ModuleCount(int characters) => 11 * (characters + 2) + 13;

    public const int StartC = 105, CodeC = 99, CodeB = 100;

    /// A run of the text in one code set: 'B' (printable ASCII) or 'C' (digit pairs).
    public sealed record Segment(char Set, string Text);

    /// Set B, except runs of 4 or more digits, which go as pairs in set C at half the width (so a 15-character
    /// tracking number fits a 58 mm roll). An odd run leaves its first digit in set B.
    public static IReadOnlyList<Segment> Segments(string text)
    {
        if (!CanEncode(text)) throw new ArgumentException("Code 128 takes printable ASCII only.", nameof(text));
        var segments = new List<Segment>();
        var setB = new System.Text.StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var run = 0;
            while (i + run < text.Length && char.IsAsciiDigit(text[i + run])) run++;
            if (run < 4)
            {
                setB.Append(text[i++]);
                continue;
            }
            if (run % 2 == 1) setB.Append(text[i++]);
            if (setB.Length > 0) segments.Add(new Segment('B', setB.ToString()));
            setB.Clear();
            var pairs = run - run % 2;
            segments.Add(new Segment('C', text.Substring(i, pairs)));
            i += pairs;
        }
        if (setB.Length > 0) segments.Add(new Segment('B', setB.ToString()));
        return segments;
    }

    /// Start, the segments' values with a code-set switch between them, the check value, stop.
    public static IReadOnlyList<int> CompactValues(string text)
    {
        var segments = Segments(text);
        var values = new List<int> { segments[0].Set == 'C' ? StartC : StartB };
        for (var s = 0; s < segments.Count; s++)
        {
            if (s > 0) values.Add(segments[s].Set == 'C' ? CodeC : CodeB);
            var part = segments[s].Text;
            if (segments[s].Set == 'C')
                for (var k = 0; k < part.Length; k += 2) values.Add((part[k] - '0') * 10 + part[k + 1] - '0');
            else values.AddRange(part.Select(c => c - 32));
        }
        values.Add(CheckValue(values));
        values.Add(Stop);
        return values;
    }

    /// Alternating bar and space widths in modules of any value sequence (start … stop).
    public static IReadOnlyList<int> WidthsOf(IReadOnlyList<int> values) =>
        values.SelectMany(v => Patterns[v].Select(c => c - '0')).ToList();

    /// Modules of a value sequence (start … stop): 11 per symbol, 13 for the stop.
    public static int ModuleCountOf(IReadOnlyList<int> values) => 11 * (values.Count - 1) + 13;
}
