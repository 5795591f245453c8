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
}
