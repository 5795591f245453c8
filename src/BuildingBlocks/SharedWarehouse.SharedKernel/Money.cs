namespace SharedWarehouse.SharedKernel;

/// Amounts are whole fen (分) in a long: no floating point ever touches money.
/// Text in and out (Yuan, Display, TryParseYuan) is in MoneyText.cs, the one place every page and message formats money.
public readonly partial record struct Money(long Fen, string Currency = "CNY")
{
    public static Money Zero => new(0);
    public static Money FromYuan(decimal yuan) => new(checked((long)decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero)));

    public static Money operator +(Money a, Money b) => new(checked(a.Fen + SameCurrency(a, b).Fen), a.Currency);
    public static Money operator -(Money a, Money b) => new(checked(a.Fen - SameCurrency(a, b).Fen), a.Currency);
    public static Money operator *(Money a, int quantity) => new(checked(a.Fen * quantity), a.Currency);

    public override string ToString() => Display(Fen);

    private static Money SameCurrency(Money a, Money b) =>
        a.Currency == b.Currency ? b : throw new InvalidOperationException($"Cannot mix {a.Currency} and {b.Currency}.");
}
