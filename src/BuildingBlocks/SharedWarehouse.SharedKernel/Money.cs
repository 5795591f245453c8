using System.Globalization;

namespace SharedWarehouse.SharedKernel;

/// Amounts are whole fen (分) in a long: no floating point ever touches money.
public readonly record struct Money(long Fen, string Currency = "CNY")
{
    public static Money Zero => new(0);
    public static Money FromYuan(decimal yuan) => new(checked((long)decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero)));

    public decimal Yuan => Fen / 100m;

    public static Money operator +(Money a, Money b) => new(checked(a.Fen + SameCurrency(a, b).Fen), a.Currency);
    public static Money operator -(Money a, Money b) => new(checked(a.Fen - SameCurrency(a, b).Fen), a.Currency);
    public static Money operator *(Money a, int quantity) => new(checked(a.Fen * quantity), a.Currency);

    public override string ToString() => (Fen < 0 ? "-¥" : "¥") + (Math.Abs((decimal)Fen) / 100m).ToString("N2", CultureInfo.InvariantCulture);

    private static Money SameCurrency(Money a, Money b) =>
        a.Currency == b.Currency ? b : throw new InvalidOperationException($"Cannot mix {a.Currency} and {b.Currency}.");
}
