using System.Globalization;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Domain;

/// A wholesale price: buying at least MinQuantity costs UnitPriceFen each.
public sealed record PriceTier(int MinQuantity, long UnitPriceFen)
{
    /// Stored form, in fen: "10:900;50:800".
    internal static string Store(IEnumerable<PriceTier> tiers) =>
        string.Join(";", tiers.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.MinQuantity}:{t.UnitPriceFen}")));

    internal static List<PriceTier> Load(string stored) =>
        stored.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(':')).Select(p => new PriceTier(int.Parse(p[0], CultureInfo.InvariantCulture), long.Parse(p[1], CultureInfo.InvariantCulture))).ToList();

    /// What people type and read (forms, import files), in yuan: "10:9.00;50:8.00".
    public static string Format(IEnumerable<PriceTier> tiers) =>
        string.Join(";", tiers.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.MinQuantity}:{Money.Yuan(t.UnitPriceFen)}")));

    public static Result<List<PriceTier>> Parse(string? text, string field)
    {
        var tiers = new List<PriceTier>();
        if (string.IsNullOrWhiteSpace(text)) return tiers;
        foreach (var part in text.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split([':', '：'], StringSplitOptions.TrimEntries);
            if (pieces.Length != 2 || !int.TryParse(pieces[0], NumberStyles.None, CultureInfo.InvariantCulture, out var qty)
                || !Prices.TryParseYuan(pieces[1], out var price))
                return Error.Validation(field, "阶梯价格式为“数量:单价(元)”，多个用分号分隔，如 10:9.00;50:8.00");
            tiers.Add(new PriceTier(qty, price));
        }
        return tiers;
    }

    /// Tiers start above one piece, rise in quantity, fall in price, and stay below the retail price.
    public static Result Validate(IReadOnlyList<PriceTier> tiers, long retailPriceFen, string field)
    {
        for (var i = 0; i < tiers.Count; i++)
        {
            var t = tiers[i];
            if (t.MinQuantity < 2) return Error.Validation(field, "阶梯价的起订数量至少为 2");
            if (t.UnitPriceFen <= 0 || t.UnitPriceFen >= retailPriceFen) return Error.Validation(field, "阶梯单价须大于 0 且低于零售价");
            if (i > 0 && (t.MinQuantity <= tiers[i - 1].MinQuantity || t.UnitPriceFen >= tiers[i - 1].UnitPriceFen))
                return Error.Validation(field, "阶梯价须按数量递增、单价递减排列");
        }
        return Result.Success();
    }

    /// The unit price for a quantity: the highest tier reached, or the retail price.
    public static long UnitPriceFor(IReadOnlyList<PriceTier> tiers, long retailPriceFen, int quantity) =>
        tiers.Where(t => quantity >= t.MinQuantity).OrderByDescending(t => t.MinQuantity).Select(t => t.UnitPriceFen).FirstOrDefault(retailPriceFen);
}

public static class Prices
{
    public const long MaxFen = 100_000_000_00; // ¥100,000,000: beyond any real retail price

    /// A price as typed ("12.5", "¥12.50" → 1250 fen): the shared yuan parsing plus a price's range (above zero, at most MaxFen).
    public static bool TryParseYuan(string? text, out long fen)
    {
        if (Money.TryParseYuan(text, out fen) && fen is > 0 and <= MaxFen) return true;
        fen = 0;
        return false;
    }
}

public static class PriceTierResults
{
    /// The tiers of a stored (so already valid) text, or none: for pages, which show what there is.
    public static IReadOnlyList<PriceTier> ValueOrEmpty(this SharedWarehouse.SharedKernel.Result<List<PriceTier>> parsed) =>
        parsed.IsSuccess ? parsed.Value : [];
}
