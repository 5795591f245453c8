using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Features.SaveProduct;

/// One spec dimension of the editor's matrix: a name ("颜色") and its values as typed ("红, 蓝").
public sealed record SpecDimension(string? Name, string? Values)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Values);

    /// Values are separated by an ASCII or a Chinese comma or by 、, as merchants type them.
    public IReadOnlyList<string> ValueList =>
        (Values ?? "").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// The spec matrix (颜色 × 尺码 …): the combinations the editor generates its SKU rows from, and the server's
/// rules on them. The browser builds the same combinations (wwwroot/js/catalog-product-form.js); the server
/// checks what is posted, because rows can be typed (or tampered with) by hand.
public static class SpecMatrix
{
    public const int MaxDimensions = 3;
    public const int MaxValues = 20;
    public const int MaxCombinations = 200;
    /// Between the values of one combination, in the SKU's spec text: "红 / S".
    public const string Separator = " / ";

    /// The cartesian product of the dimensions' values, in the order typed: 红/S, 红/M, 蓝/S, 蓝/M.
    public static List<string> Combinations(IReadOnlyList<SpecDimension> dimensions)
    {
        var combos = new List<string> { "" };
        foreach (var dimension in dimensions.Where(d => !d.IsBlank))
            combos = combos.SelectMany(c => dimension.ValueList.Select(v => c.Length == 0 ? v : c + Separator + v)).ToList();
        return combos.Count == 1 && combos[0].Length == 0 ? [] : combos;
    }

    /// The spec text compared for duplicates: parts trimmed, case ignored, whatever the separator spacing.
    public static string Normalise(string? specText) =>
        string.Join(Separator, (specText ?? "").Split('/', StringSplitOptions.TrimEntries)).ToLowerInvariant();

    /// Problems with the dimensions themselves, each on its own field ("Specs[1].Values").
    public static List<Error> CheckDimensions(IReadOnlyList<SpecDimension> dimensions)
    {
        var errors = new List<Error>();
        var used = dimensions.Select((d, i) => (d, i)).Where(x => !x.d.IsBlank).ToList();
        if (used.Count > MaxDimensions) errors.Add(Error.Validation("Specs", "最多 {0} 个规格维度", MaxDimensions));
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (d, i) in used)
        {
            if (string.IsNullOrWhiteSpace(d.Name)) errors.Add(Error.Validation($"Specs[{i}].Name", "请填写规格名，如 颜色"));
            else if (!names.Add(d.Name.Trim())) errors.Add(Error.Validation($"Specs[{i}].Name", "规格名不能重复"));
            var values = d.ValueList;
            if (values.Count == 0) errors.Add(Error.Validation($"Specs[{i}].Values", "请填写规格值，用逗号分隔，如 红,蓝"));
            else if (values.Count > MaxValues) errors.Add(Error.Validation($"Specs[{i}].Values", "每个规格最多 {0} 个值", MaxValues));
            else if (values.Distinct(StringComparer.OrdinalIgnoreCase).Count() != values.Count)
                errors.Add(Error.Validation($"Specs[{i}].Values", "规格值不能重复"));
            else if (values.Any(v => v.Contains('/'))) errors.Add(Error.Validation($"Specs[{i}].Values", "规格值不能包含 /"));
        }
        if (errors.Count == 0 && Combinations(dimensions).Count > MaxCombinations)
            errors.Add(Error.Validation("Specs", "规格组合最多 {0} 个", MaxCombinations));
        return errors;
    }

    /// A SKU whose spec repeats an earlier row's is refused on its spec field: two SKUs of one product
    /// cannot be the same combination. With dimensions posted, every row must also be one of their combinations.
    public static List<Error> CheckRows(IReadOnlyList<string?> specTexts, IReadOnlyList<SpecDimension>? dimensions, Func<int, string> fieldOf)
    {
        var errors = new List<Error>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var allowed = dimensions is null ? null : Combinations(dimensions).Select(Normalise).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < specTexts.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(specTexts[i])) continue; // "请填写规格" is the validator's
            var key = Normalise(specTexts[i]);
            if (!seen.Add(key)) errors.Add(Error.Validation(fieldOf(i), "规格组合重复：{0}", specTexts[i]!.Trim()));
            else if (allowed is { Count: > 0 } && !allowed.Contains(key)) errors.Add(Error.Validation(fieldOf(i), "该规格不在规格组合中，请重新生成 SKU"));
        }
        return errors;
    }
}
