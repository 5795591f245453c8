using SharedWarehouse.Modules.Catalog.Features.SaveProduct;

namespace SharedWarehouse.UnitTests.Catalog;

/// The spec matrix's server-side rules: the combinations the editor generates, and what a posted set of rows may be.
public sealed class SpecMatrixTests
{
    private static readonly SpecDimension Colour = new("颜色", "红，蓝");
    private static readonly SpecDimension Size = new("尺码", "S, M");

    [Fact]
    public void Combinations_are_the_cartesian_product_in_the_order_typed()
    {
        SpecMatrix.Combinations([Colour, Size]).ShouldBe(["红 / S", "红 / M", "蓝 / S", "蓝 / M"]);
        SpecMatrix.Combinations([Colour, new SpecDimension("", ""), Size, new("材质", "棉、麻")]).Count.ShouldBe(8);
        SpecMatrix.Combinations([]).ShouldBeEmpty();
    }

    [Fact]
    public void A_repeated_combination_is_refused_on_the_later_row_whatever_the_spacing_or_case()
    {
        var errors = SpecMatrix.CheckRows(["红 / S", "蓝/S", "红/s", "蓝 / M"], null, i => $"Skus[{i}].SpecText");

        errors.Select(e => e.Field).ShouldBe(["Skus[2].SpecText"]);
        errors[0].Message.ShouldBe("规格组合重复：{0}");
        errors[0].Args.ShouldBe(new object[] { "红/s" });
    }

    [Fact]
    public void With_dimensions_posted_every_row_must_be_one_of_their_combinations()
    {
        var errors = SpecMatrix.CheckRows(["红 / S", "绿 / S"], [Colour, Size], i => $"Skus[{i}].SpecText");

        errors.Select(e => e.Field).ShouldBe(["Skus[1].SpecText"]);
        SpecMatrix.CheckRows(["红 / S", "蓝 / M"], [Colour, Size], i => $"Skus[{i}].SpecText").ShouldBeEmpty();
        SpecMatrix.CheckRows(["500ml"], null, i => $"Skus[{i}].SpecText").ShouldBeEmpty(); // rows typed by hand, no matrix
    }

    [Fact]
    public void Dimensions_need_a_unique_name_and_unique_values_and_at_most_three_of_them()
    {
        SpecMatrix.CheckDimensions([Colour, Size]).ShouldBeEmpty();
        SpecMatrix.CheckDimensions([new("", "红")]).Select(e => e.Field).ShouldBe(["Specs[0].Name"]);
        SpecMatrix.CheckDimensions([Colour, new("颜色", "S")]).Select(e => e.Field).ShouldBe(["Specs[1].Name"]);
        SpecMatrix.CheckDimensions([new("颜色", "红, 红")]).Select(e => e.Field).ShouldBe(["Specs[0].Values"]);
        SpecMatrix.CheckDimensions([new("颜色", " , ")]).Select(e => e.Field).ShouldBe(["Specs[0].Values"]);
        SpecMatrix.CheckDimensions([new("颜色", "红/蓝")]).Select(e => e.Field).ShouldBe(["Specs[0].Values"]);
        SpecMatrix.CheckDimensions([Colour, Size, new("材质", "棉"), new("产地", "杭州")]).Select(e => e.Field).ShouldBe(["Specs"]);
    }

    [Fact]
    public void Too_many_combinations_are_refused()
    {
        var values = string.Join(",", Enumerable.Range(1, 20));
        SpecMatrix.CheckDimensions([new("A", values), new("B", values)]).Select(e => e.Field).ShouldBe(["Specs"]);
    }
}
