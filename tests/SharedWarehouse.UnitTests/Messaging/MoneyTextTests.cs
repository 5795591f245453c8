using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.UnitTests.Messaging;

public sealed class MoneyTextTests
{
    [Theory]
    [InlineData(0, "0.00")]
    [InlineData(5, "0.05")]
    [InlineData(1250, "12.50")]
    [InlineData(123456789, "1234567.89")]
    [InlineData(-1250, "-12.50")]
    [InlineData(-5, "-0.05")]
    public void Yuan_is_the_bare_amount_with_two_decimals_and_no_grouping(long fen, string shown) => Money.Yuan(fen).ShouldBe(shown);

    [Theory]
    [InlineData(3000, "¥30.00")]
    [InlineData(1, "¥0.01")]
    [InlineData(123456, "¥1,234.56")]
    [InlineData(-1250, "-¥12.50")]
    [InlineData(-5, "-¥0.05")]
    public void Display_adds_the_yuan_sign_before_the_amount_and_the_minus_before_the_sign(long fen, string shown) =>
        Money.Display(fen).ShouldBe(shown);

    [Fact]
    public void The_largest_and_smallest_amounts_are_shown_without_overflow()
    {
        Money.Display(long.MaxValue).ShouldBe("¥92,233,720,368,547,758.07");
        Money.Display(long.MinValue).ShouldBe("-¥92,233,720,368,547,758.08");
        Money.Yuan(long.MinValue).ShouldBe("-92233720368547758.08");
    }

    [Fact]
    public void Amounts_do_not_change_shape_with_the_thread_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Money.Display(123456).ShouldBe("¥1,234.56");
            Money.TryParseYuan("12.5", out var fen).ShouldBeTrue();
            fen.ShouldBe(1250);
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = before; }
    }

    [Theory]
    [InlineData("12.5", 1250)]
    [InlineData("12", 1200)]
    [InlineData("0.01", 1)]
    [InlineData(" 12.50 ", 1250)]
    [InlineData("¥12.50", 1250)]
    [InlineData("￥3", 300)]
    [InlineData("-3.00", -300)]
    [InlineData("+3", 300)]
    [InlineData("92233720368547758.07", long.MaxValue)]
    public void Typed_yuan_becomes_fen(string text, long fen)
    {
        Money.TryParseYuan(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(fen);
    }

    [Theory]
    [InlineData("1.234")]
    [InlineData("0.005")]
    [InlineData("1,000")]
    [InlineData("1e3")]
    [InlineData("abc")]
    [InlineData("12元")]
    [InlineData("--3")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    [InlineData("92233720368547758.08")]
    public void More_than_two_decimals_separators_and_other_text_are_refused(string? text)
    {
        Money.TryParseYuan(text, out var fen).ShouldBeFalse();
        fen.ShouldBe(0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-99)]
    [InlineData(123456789)]
    public void What_Yuan_writes_reads_back_to_the_same_fen(long fen)
    {
        Money.TryParseYuan(Money.Yuan(fen), out var parsed).ShouldBeTrue();
        parsed.ShouldBe(fen);
    }
}
