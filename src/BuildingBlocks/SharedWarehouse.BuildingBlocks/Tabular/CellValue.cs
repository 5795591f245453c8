using System.Globalization;

namespace SharedWarehouse.BuildingBlocks.Tabular;

/// How a value the caller passes is stored in a column of a given kind.
internal static class CellValue
{
    /// Excel keeps 15 significant digits: a longer integer stored as a number loses its last digits, so it is text.
    private const decimal LargestExactNumber = 999_999_999_999_999m;

    public static decimal? Number(object? value, SheetColumn column)
    {
        if (column.Kind is not (CellKind.Integer or CellKind.Decimal)) return null;
        decimal? number = value switch
        {
            int i => i, long l => l, short s => s, byte b => b, uint u => u, ulong ul => ul, decimal d => d,
            double f when double.IsFinite(f) && Math.Abs(f) < 7.9e28 => (decimal)f,
            float f when float.IsFinite(f) => (decimal)f,
            string text when decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        if (number is null || Math.Abs(number.Value) > LargestExactNumber) return null;
        return column.Kind == CellKind.Integer ? decimal.Truncate(number.Value) == number.Value ? number : null : number;
    }

    public static DateTime? Date(object? value, SheetColumn column) => column.Kind != CellKind.DateTime ? null : value switch
    {
        DateTime d => d,
        DateTimeOffset o => o.UtcDateTime,
        _ => null,
    };

    public static string Text(object? value, SheetColumn column) => value switch
    {
        null => "",
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset o => o.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        decimal d when column.Kind == CellKind.Decimal => d.ToString("F" + column.Decimals, CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
