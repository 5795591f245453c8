using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Catalog.Features.SaveProduct;

namespace SharedWarehouse.UnitTests.Catalog;

/// The editor's tier rows → domain tiers: each problem lands on the row and cell it is about.
public sealed class TierRowsTests
{
    private const string Field = "Skus[0].TierRows";

    [Fact]
    public void Rows_in_yuan_become_tiers_in_fen_and_blank_rows_are_ignored()
    {
        var result = TierRows.ToTiers([new("10", "9.00"), new("", " "), new(" 50 ", "8")], 1000, Field);

        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Field + " " + e.Message)));
        result.Value.ShouldBe([new PriceTier(10, 900), new PriceTier(50, 800)]);
    }

    [Fact]
    public void Stored_tiers_come_back_as_the_same_rows()
    {
        var rows = TierRows.From([new PriceTier(10, 900), new PriceTier(50, 850)]);

        rows.ShouldBe([new TierRow("10", "9.00"), new TierRow("50", "8.50")]);
        TierRows.ToTiers(rows, 1000, Field).Value.ShouldBe([new PriceTier(10, 900), new PriceTier(50, 850)]);
    }

    [Theory]
    [InlineData("1", "9.00", "[0].MinQuantity")]   // one piece is the retail price, not a tier
    [InlineData("abc", "9.00", "[0].MinQuantity")]
    [InlineData("2.5", "9.00", "[0].MinQuantity")]
    [InlineData("10", "", "[0].UnitPrice")]
    [InlineData("10", "九元", "[0].UnitPrice")]
    [InlineData("10", "10.00", "[0].UnitPrice")]   // not below the retail price
    [InlineData("10", "0", "[0].UnitPrice")]
    public void A_bad_row_is_refused_on_its_own_cell(string quantity, string price, string cell)
    {
        var result = TierRows.ToTiers([new(quantity, price)], 1000, Field);

        result.IsFailure.ShouldBeTrue();
        result.Errors.Select(e => e.Field).ShouldBe([Field + cell]);
    }

    [Fact]
    public void Quantities_must_rise_and_prices_fall_from_row_to_row()
    {
        var outOfOrder = TierRows.ToTiers([new("50", "8.00"), new("10", "9.00")], 1000, Field);
        outOfOrder.Errors.Select(e => e.Field).ShouldBe([Field + "[1].MinQuantity", Field + "[1].UnitPrice"]);

        var repeated = TierRows.ToTiers([new("10", "9.00"), new("10", "8.00")], 1000, Field);
        repeated.Errors.Select(e => e.Field).ShouldBe([Field + "[1].MinQuantity"]);

        var dearer = TierRows.ToTiers([new("10", "8.00"), new("50", "9.00")], 1000, Field);
        dearer.Errors.Select(e => e.Field).ShouldBe([Field + "[1].UnitPrice"]);
    }

    [Fact]
    public void The_row_index_in_the_field_is_the_form_row_even_after_blank_rows()
    {
        var result = TierRows.ToTiers([new("", ""), new("1", "9.00")], 1000, Field);

        result.Errors.Select(e => e.Field).ShouldBe([Field + "[1].MinQuantity"]);
    }

    [Fact]
    public void Without_a_valid_retail_price_only_the_rows_themselves_are_checked()
    {
        // The retail price has its own message; comparing with it would add a second, misleading one.
        TierRows.ToTiers([new("10", "900.00")], 0, Field).IsSuccess.ShouldBeTrue();
    }
}
