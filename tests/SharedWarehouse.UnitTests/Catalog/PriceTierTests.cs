using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.UnitTests.Catalog;

public sealed class PriceTierTests
{
    private static readonly PriceTier[] Tiers = [new(10, 900), new(50, 800)];

    [Theory]
    [InlineData(1, 1000)]
    [InlineData(9, 1000)]
    [InlineData(10, 900)]
    [InlineData(49, 900)]
    [InlineData(50, 800)]
    [InlineData(500, 800)]
    public void The_unit_price_is_that_of_the_highest_tier_reached(int quantity, long expected) =>
        PriceTier.UnitPriceFor(Tiers, 1000, quantity).ShouldBe(expected);

    [Fact]
    public void Tiers_are_typed_in_yuan_and_round_trip()
    {
        var parsed = PriceTier.Parse("10:9.00; 50:8", "T");

        parsed.Value.ShouldBe(Tiers);
        PriceTier.Format(parsed.Value).ShouldBe("10:9.00;50:8.00");
    }

    [Theory]
    [InlineData("10")]
    [InlineData("x:1")]
    [InlineData("10:-1")]
    [InlineData("10:1.234")]
    public void Malformed_tiers_are_a_field_error(string text) =>
        PriceTier.Parse(text, "Skus[0].Tiers").Errors.ShouldContain(e => e.Field == "Skus[0].Tiers");

    [Theory]
    [InlineData(1, 900, 50, 800)]
    [InlineData(10, 1000, 50, 800)]
    [InlineData(10, 900, 10, 800)]
    [InlineData(10, 900, 50, 950)]
    public void Tiers_must_rise_in_quantity_fall_in_price_and_stay_below_retail(int q1, long p1, int q2, long p2) =>
        PriceTier.Validate([new(q1, p1), new(q2, p2)], 1000, "T").IsFailure.ShouldBeTrue();

    [Theory]
    [InlineData("12", 1200)]
    [InlineData("12.5", 1250)]
    [InlineData("¥0.01", 1)]
    public void Yuan_amounts_become_fen(string text, long fen)
    {
        Prices.TryParseYuan(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(fen);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.001")]
    [InlineData("1,000")]
    [InlineData("abc")]
    public void Bad_amounts_are_refused(string text) => Prices.TryParseYuan(text, out _).ShouldBeFalse();
}
