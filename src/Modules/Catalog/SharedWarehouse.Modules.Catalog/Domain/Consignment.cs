using System.Globalization;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Domain;

/// A reseller's standing with one supplier, set by the supplier; a reseller it never graded is Standard.
public enum ResellerLevel { Standard = 1, Silver = 2, Gold = 3 }

/// One wholesale price of a supplier's SKU: a reseller of at least Level buying at least MinQuantity pays UnitPriceFen each.
public sealed record WholesalePrice(ResellerLevel Level, int MinQuantity, long UnitPriceFen)
{
    internal static string Store(IEnumerable<WholesalePrice> prices) =>
        string.Join(";", prices.Select(p => string.Create(CultureInfo.InvariantCulture, $"{(int)p.Level}:{p.MinQuantity}:{p.UnitPriceFen}")));

    internal static List<WholesalePrice> Load(string stored) =>
        stored.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':'))
            .Select(p => new WholesalePrice((ResellerLevel)int.Parse(p[0], CultureInfo.InvariantCulture),
                int.Parse(p[1], CultureInfo.InvariantCulture), long.Parse(p[2], CultureInfo.InvariantCulture))).ToList();

    /// What suppliers type and read, in yuan: "1:1:90.00;2:1:85.00;2:10:80.00" (level:minimum quantity:unit price).
    public static string Format(IEnumerable<WholesalePrice> prices) =>
        string.Join(";", prices.Select(p => string.Create(CultureInfo.InvariantCulture, $"{(int)p.Level}:{p.MinQuantity}:{Money.Yuan(p.UnitPriceFen)}")));

    public static Result<List<WholesalePrice>> Parse(string? text, string field)
    {
        var prices = new List<WholesalePrice>();
        if (string.IsNullOrWhiteSpace(text)) return Error.Validation(field, "请填写批发价");
        foreach (var part in text.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split([':', '：'], StringSplitOptions.TrimEntries);
            if (pieces.Length != 3 || !int.TryParse(pieces[0], NumberStyles.None, CultureInfo.InvariantCulture, out var level)
                || !Enum.IsDefined((ResellerLevel)level)
                || !int.TryParse(pieces[1], NumberStyles.None, CultureInfo.InvariantCulture, out var qty) || qty < 1
                || !Prices.TryParseYuan(pieces[2], out var price))
                return Error.Validation(field, "批发价格式为“等级:起订数量:单价(元)”，等级 1-3，多个用分号分隔，如 1:1:90.00;2:10:80.00");
            prices.Add(new WholesalePrice((ResellerLevel)level, qty, price));
        }
        return prices;
    }

    /// The price a reseller of this level pays per unit for this quantity: the lowest of the prices it qualifies for
    /// (level at or below its own, minimum quantity reached), so a better tier or a larger quantity never pays more.
    /// Null when none applies (there is always the base price 1:1, so only for a quantity below 1).
    public static long? UnitPriceFor(IReadOnlyList<WholesalePrice> prices, ResellerLevel level, int quantity) =>
        prices.Where(p => p.Level <= level && p.MinQuantity <= quantity).Select(p => (long?)p.UnitPriceFen).Min();
}

/// The money rules of consignment (代销): the supplier's floor and wholesale prices, the reseller's retail price, and the
/// split of a received sale between supplier, reseller and platform. All amounts in fen.
public static class ConsignmentRules
{
    /// Every SKU has a base price for any reseller buying one (1:1:…); each wholesale price is positive and at most the
    /// floor, so a reseller selling at the floor is never below cost; one price per (level, quantity).
    public static Result CheckTerms(long floorFen, IReadOnlyList<WholesalePrice> prices, string floorField, string pricesField)
    {
        if (floorFen <= 0) return Error.Validation(floorField, "请填写最低零售价");
        if (!prices.Any(p => p.Level == ResellerLevel.Standard && p.MinQuantity == 1))
            return Error.Validation(pricesField, "须包含普通等级起订 1 件的基础批发价（1:1:单价）");
        if (prices.Any(p => p.UnitPriceFen > floorFen)) return Error.Validation(pricesField, "批发价不能高于最低零售价");
        if (prices.GroupBy(p => (p.Level, p.MinQuantity)).Any(g => g.Count() > 1)) return Error.Validation(pricesField, "同一等级同一起订数量只能有一个批发价");
        return Result.Success();
    }

    /// The reseller's own retail price may not undercut the supplier's floor.
    public static Result CheckRetail(long retailFen, long floorFen, string field) =>
        retailFen < floorFen ? Error.Validation(field, "零售价不能低于供货商的最低零售价 ¥{0}", Money.Yuan(floorFen)) : Result.Success();
}
