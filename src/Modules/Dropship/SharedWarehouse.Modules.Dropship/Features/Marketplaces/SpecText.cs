using System.Text.RegularExpressions;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// Colour and size out of a marketplace's one-cell spec: keyed ("颜色分类：黑色；尺码：XL", Taobao's 商品属性; "颜色:黑色;尺码:XL")
/// or bare values ("黑色,XL", Pinduoduo's 商品规格). A keyed part goes by its key; bare values go by their look: a
/// size looks like S/M/XL/2XL, 165/88A, 38, or carries a size word (码, 岁, cm); the first other value is the colour,
/// and with two bare values and no size among them, the second is the size.
public static partial class SpecText
{
    public static (string Colour, string Size) Split(string? spec, SpecWords words)
    {
        if (string.IsNullOrWhiteSpace(spec)) return ("", "");
        var parts = Separator().Split(spec).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count == 1 && !HasKey(parts[0]) && parts[0].Contains(' ')) parts = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

        string colour = "", size = "";
        var bare = new List<string>();
        foreach (var part in parts)
        {
            var colon = part.IndexOfAny([':', '\uFF1A']);
            if (colon <= 0) { bare.Add(part); continue; }
            var key = part[..colon].Trim();
            var value = part[(colon + 1)..].Trim();
            if (colour.Length == 0 && words.ColourKeys.Any(key.Contains)) colour = value;
            else if (size.Length == 0 && words.SizeKeys.Any(key.Contains)) size = value;
        }
        foreach (var value in bare)
        {
            if (size.Length == 0 && LooksLikeSize(value, words)) size = value;
            else if (colour.Length == 0) colour = value;
            else if (size.Length == 0) size = value;
        }
        return (colour, size);
    }

    private static bool HasKey(string part) => part.IndexOfAny([':', '\uFF1A']) > 0;

    public static bool LooksLikeSize(string value, SpecWords words) =>
        SizePattern().IsMatch(value) || words.SizeWords.Any(w => value.Contains(w, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"[;\uFF1B,\uFF0C|\n]")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(\d?X{0,4}[SML]|X{1,4}[SL]|[2-9]XL|\d{2,3}(\.\d+)?([/\uFF0F]\d{2,3}[A-Z]?)?|F|FREE|ONE ?SIZE)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
