using System.Globalization;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Features.SaveProduct;

/// One wholesale tier as typed in the editor's rows: a minimum quantity and a unit price in yuan ("9.00").
public sealed record TierRow(string? MinQuantity, string? UnitPrice)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(MinQuantity) && string.IsNullOrWhiteSpace(UnitPrice);
}

/// Turns the editor's tier rows into domain tiers. Every problem is reported on the row and the cell it
/// belongs to ("Skus[0].TierRows[1].UnitPrice"), so the message shows next to what has to change; the
/// domain rule (PriceTier.Validate) stays the last word on what a valid set of tiers is.
public static class TierRows
{
    /// field: the rows' name in the form, e.g. "Skus[0].TierRows". retailPriceFen: 0 when the retail price
    /// is itself invalid (its own message says so), which skips the comparison with it.
    public static Result<List<PriceTier>> ToTiers(IReadOnlyList<TierRow>? rows, long retailPriceFen, string field)
    {
        var errors = new List<Error>();
        var tiers = new List<PriceTier>();
        PriceTier? previous = null;
        for (var j = 0; j < (rows?.Count ?? 0); j++)
        {
            var row = rows![j];
            if (row.IsBlank) continue; // spare rows of the form
            var at = $"{field}[{j}]";
            var quantityOk = int.TryParse(row.MinQuantity?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) && quantity >= 2;
            if (!quantityOk) errors.Add(Error.Validation($"{at}.MinQuantity", "起订量须为不小于 2 的整数"));
            else if (previous is not null && quantity <= previous.MinQuantity)
                errors.Add(Error.Validation($"{at}.MinQuantity", "起订量须比上一行大（按数量从小到大填写）"));

            var priceOk = Prices.TryParseYuan(row.UnitPrice, out var price);
            if (!priceOk) errors.Add(Error.Validation($"{at}.UnitPrice", "请填写正确的阶梯单价（元，最多两位小数）"));
            else if (retailPriceFen > 0 && price >= retailPriceFen) errors.Add(Error.Validation($"{at}.UnitPrice", "阶梯单价须大于 0 且低于零售价"));
            else if (previous is not null && price >= previous.UnitPriceFen)
                errors.Add(Error.Validation($"{at}.UnitPrice", "数量越多单价应越低：须低于上一行的单价"));

            if (!quantityOk || !priceOk) continue;
            var tier = new PriceTier(quantity, price);
            tiers.Add(tier);
            previous = tier;
        }
        if (errors.Count > 0) return Result<List<PriceTier>>.Failure(errors);
        if (retailPriceFen > 0 && PriceTier.Validate(tiers, retailPriceFen, field) is { IsFailure: true } bad) return Result<List<PriceTier>>.Failure(bad.Errors);
        return tiers;
    }

    /// The rows the editor shows for stored tiers (prices in yuan, as typed).
    public static List<TierRow> From(IEnumerable<PriceTier> tiers) =>
        tiers.Select(t => new TierRow(t.MinQuantity.ToString(CultureInfo.InvariantCulture), Money.Yuan(t.UnitPriceFen))).ToList();
}
