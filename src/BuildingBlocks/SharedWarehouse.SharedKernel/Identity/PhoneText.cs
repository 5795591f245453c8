namespace SharedWarehouse.SharedKernel.Identity;

/// Character-level tidying shared by MainlandMobile and RecipientPhone: what a Chinese input method or a
/// spreadsheet puts into a phone number besides ASCII digits.
internal static class PhoneText
{
    /// Full-width digits, plus, hyphen and space (Ｕ+FF10–FF19, ＋, －, U+3000) become their ASCII forms.
    public static string FoldWidth(string value)
    {
        if (!value.Any(c => c >= '\uFF01' || c == '\u3000')) return value;
        return string.Create(value.Length, value, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    '\u3000' => ' ',
                    _ => c,
                };
            }
        });
    }

    /// ASCII hyphen, the Unicode hyphens and dashes, and the minus sign: all seen between digit groups.
    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';
}
