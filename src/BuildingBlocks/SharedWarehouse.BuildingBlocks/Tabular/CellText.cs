namespace SharedWarehouse.BuildingBlocks.Tabular;

/// Removes what tools put around a value to stop Excel from reading it as a number: ="3796500000000000002"
/// (Taobao, Douyin and this app's own CSV), a leading tab (Pinduoduo), a leading apostrophe (typed by people, and
/// this app's formula defusing), plus surrounding whitespace, full-width spaces and zero-width marks.
internal static class CellText
{
    private static readonly char[] Blank = [' ', '\t', '\r', '\n', '\u00A0', '\u3000', '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060'];

    public static string Clean(string? value)
    {
        var text = (value ?? "").Trim(Blank);
        if (text.Length >= 3 && text.StartsWith("=\"", StringComparison.Ordinal) && text.EndsWith('"'))
        {
            var inner = text[2..^1];
            if (!inner.Replace("\"\"", "", StringComparison.Ordinal).Contains('"')) text = inner.Replace("\"\"", "\"", StringComparison.Ordinal).Trim(Blank);
        }
        if (text.StartsWith('\'')) text = text[1..].Trim(Blank);
        return text;
    }
}
