namespace SharedWarehouse.BuildingBlocks.Tabular;

/// A cell as the file holds it. Number is set for XLSX number cells (the stored value, e.g. "18.700000000000003"),
/// which are turned into text only once the column, and so its decimals, is known.
internal readonly record struct RawCell(string Text, double? Number = null)
{
    public static readonly RawCell Empty = new("");

    public string Format(int? decimals)
    {
        if (Number is not { } value) return CellText.Clean(Text);
        // Excel shows 15 significant digits; decimal's conversion from double keeps the same 15, without an exponent
        // (a 19-digit id stored as a number reads 3796534505285040000, as Excel shows it).
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= 7.9e28) return Text;
        var exact = (decimal)value;
        return decimals is { } d and >= 0 and <= 15
            ? Math.Round(exact, d, MidpointRounding.AwayFromZero).ToString("F" + d, System.Globalization.CultureInfo.InvariantCulture)
            : exact.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsBlank => Number is null && CellText.Clean(Text).Length == 0;
}

internal sealed record RawRow(int Number, IReadOnlyList<RawCell> Cells)
{
    public bool IsBlank => Cells.All(c => c.IsBlank);
}
