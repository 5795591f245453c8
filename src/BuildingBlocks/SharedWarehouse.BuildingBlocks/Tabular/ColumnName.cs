using System.Text;

namespace SharedWarehouse.BuildingBlocks.Tabular;

/// How header names are compared: people retype headers with a Chinese input method (full-width brackets "（元）"),
/// add spaces or mark required columns ("*商品名称", "商品名称(必填)"), and none of that should make a column missing.
internal static class ColumnName
{
    private static readonly string[] Marks = ["(必填)", "(选填)", "(可选)"];

    public static string Key(string header)
    {
        var text = CellText.Clean(header).Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) key.Append(char.ToLowerInvariant(c));
        var result = key.ToString();
        foreach (var mark in Marks)
            if (result.EndsWith(mark, StringComparison.Ordinal)) result = result[..^mark.Length];
        return result.Trim('*');
    }
}
