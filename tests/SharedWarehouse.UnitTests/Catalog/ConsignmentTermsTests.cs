using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.UnitTests.Catalog;

public sealed class ConsignmentTermsTests
{
    private static readonly List<WholesalePrice> Table = WholesalePrice.Parse("1:1:90.00;2:1:85.00;1:10:82.00;3:5:70.00", "Prices").Value;

    [Theory]
    [InlineData(ResellerLevel.Standard, 1, 9000)]
    [InlineData(ResellerLevel.Standard, 10, 8200)]
    [InlineData(ResellerLevel.Silver, 1, 8500)]
    [InlineData(ResellerLevel.Silver, 12, 8200)]
    [InlineData(ResellerLevel.Gold, 4, 8500)]
    [InlineData(ResellerLevel.Gold, 5, 7000)]
    public void A_reseller_pays_the_lowest_price_its_level_and_quantity_reach(ResellerLevel level, int quantity, long expectedFen) =>
        WholesalePrice.UnitPriceFor(Table, level, quantity).ShouldBe(expectedFen);

    [Fact]
    public void A_better_level_or_a_larger_quantity_never_pays_more()
    {
        foreach (var level in Enum.GetValues<ResellerLevel>())
            for (var q = 1; q < 30; q++)
            {
                WholesalePrice.UnitPriceFor(Table, level, q + 1)!.Value.ShouldBeLessThanOrEqualTo(WholesalePrice.UnitPriceFor(Table, level, q)!.Value);
                if (level < ResellerLevel.Gold)
                    WholesalePrice.UnitPriceFor(Table, level + 1, q)!.Value.ShouldBeLessThanOrEqualTo(WholesalePrice.UnitPriceFor(Table, level, q)!.Value);
            }
    }

    [Theory]
    [InlineData("1:1")]
    [InlineData("4:1:80.00")]
    [InlineData("1:0:80.00")]
    [InlineData("1:1:-3")]
    [InlineData("")]
    public void Badly_written_price_tables_are_refused_on_the_field(string text) =>
        WholesalePrice.Parse(text, "Skus[0].Prices").Errors.Single().Field.ShouldBe("Skus[0].Prices");

    [Fact]
    public void Terms_need_a_base_price_no_wholesale_above_the_floor_and_one_price_per_level_and_quantity()
    {
        ConsignmentRules.CheckTerms(10000, Table, "F", "P").IsSuccess.ShouldBeTrue();
        ConsignmentRules.CheckTerms(10000, WholesalePrice.Parse("2:1:80.00", "P").Value, "F", "P").Errors.Single().Field.ShouldBe("P");
        ConsignmentRules.CheckTerms(8000, Table, "F", "P").Errors.Single().Message.ShouldBe("批发价不能高于最低零售价");
        ConsignmentRules.CheckTerms(10000, WholesalePrice.Parse("1:1:80.00;1:1:79.00", "P").Value, "F", "P").IsFailure.ShouldBeTrue();
        ConsignmentRules.CheckTerms(0, Table, "F", "P").Errors.Single().Field.ShouldBe("F");
    }

    [Fact]
    public void A_retail_price_below_the_floor_is_refused_and_the_floor_itself_is_allowed()
    {
        ConsignmentRules.CheckRetail(9999, 10000, "Retail").Errors.Single().Field.ShouldBe("Retail");
        ConsignmentRules.CheckRetail(10000, 10000, "Retail").IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void A_price_table_reads_back_as_it_was_written() =>
        WholesalePrice.Format(Table).ShouldBe("1:1:90.00;2:1:85.00;1:10:82.00;3:5:70.00");
}
