using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.UnitTests.Messaging;

public sealed class MoneyAndResultTests
{
    [Theory]
    [InlineData(0, "¥0.00")]
    [InlineData(1, "¥0.01")]
    [InlineData(123456, "¥1,234.56")]
    [InlineData(-250, "-¥2.50")]
    public void Money_is_shown_in_yuan_with_two_decimals(long fen, string shown) => new Money(fen).ToString().ShouldBe(shown);

    [Fact]
    public void Money_from_yuan_rounds_half_away_from_zero_to_whole_fen() => Money.FromYuan(0.005m).Fen.ShouldBe(1);

    [Fact]
    public void Money_in_different_currencies_does_not_mix() =>
        Should.Throw<InvalidOperationException>(() => new Money(1, "CNY") + new Money(1, "USD"));

    [Fact]
    public void Money_overflow_throws_instead_of_wrapping() =>
        Should.Throw<OverflowException>(() => new Money(long.MaxValue) + new Money(1));

    [Fact]
    public void A_failed_result_has_no_value() =>
        Should.Throw<InvalidOperationException>(() => _ = Result<int>.Failure(Error.NotFound()).Value);

    [Fact]
    public void An_error_converts_to_a_failed_result()
    {
        Result<int> result = Error.Validation("Field", "不对");

        result.IsFailure.ShouldBeTrue();
        result.Errors.Single().Field.ShouldBe("Field");
    }
}
