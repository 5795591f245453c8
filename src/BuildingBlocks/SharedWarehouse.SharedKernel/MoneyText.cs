using System.Globalization;

namespace SharedWarehouse.SharedKernel;

/// Money as people read and type it. Invariant culture: the amount must not change shape with the UI language
/// (en-US and zh-CN agree on "1,234.50", but a server culture such as de-DE would not).
public readonly partial record struct Money
{
    /// "1234.50", "-12.50": a form's value, an export cell, a column headed "(元)", or the number after a "¥" written
    /// in a message text. No thousands separators, so what a form shows reads back through TryParseYuan.
    public static string Yuan(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// "¥1,234.50", "-¥12.50": an amount on a page, grouped in thousands because balances and totals get long.
    public static string Display(long fen) =>
        (fen < 0 ? "-¥" : "¥") + (Math.Abs((decimal)fen) / 100m).ToString("N2", CultureInfo.InvariantCulture);

    /// Yuan as typed in a form: "12", "12.5", "¥12.50", "-3" → fen. Refuses more than two decimals (no silent
    /// rounding of what someone typed), thousands separators, exponents and amounts beyond a long. Ranges (positive,
    /// at most so much) are the caller's rule, with the caller's message.
    public static bool TryParseYuan(string? text, out long fen)
    {
        fen = 0;
        var s = text?.Trim() ?? "";
        var negative = s.StartsWith('-');
        if (negative || s.StartsWith('+')) s = s[1..];
        if (s.StartsWith('¥') || s.StartsWith('￥')) s = s[1..];
        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)) return false;
        var exact = yuan * 100m;
        if (exact != decimal.Truncate(exact) || exact > long.MaxValue) return false;
        fen = negative ? -(long)exact : (long)exact;
        return true;
    }
}
