using System.Globalization;

namespace SharedWarehouse.Modules.Dropship.Domain;

/// Yuan text as typed ("12.5") to fen and back; at most two decimals, not negative (the domain checks the range).
public static class YuanText
{
    public static bool TryParse(string? text, out long fen)
    {
        fen = 0;
        if (!decimal.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)) return false;
        if (decimal.Round(yuan, 2) != yuan || yuan > 1_000_000m) return false;
        fen = (long)(yuan * 100m);
        return true;
    }

    public static string Of(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
