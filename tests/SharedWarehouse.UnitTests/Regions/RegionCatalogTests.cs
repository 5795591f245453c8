using SharedWarehouse.BuildingBlocks.Regions;

namespace SharedWarehouse.UnitTests.Regions;

public sealed class RegionCatalogTests
{
    private static readonly RegionCatalog Catalog = RegionCatalog.LoadEmbedded();

    [Fact]
    public void The_shipped_data_has_the_31_mainland_provinces() => Catalog.Provinces.Count.ShouldBe(31);

    [Fact]
    public void A_district_full_name_walks_up_to_the_province()
    {
        Catalog.FullName("330106").ShouldBe("浙江省 杭州市 西湖区");
        Catalog.PathOf("110101").ShouldBe(["110000", "110100", "110101"]);
    }

    [Theory]
    [InlineData("330106", true)]
    [InlineData("441900", true)] // 东莞市 has no districts: the city is the final choice
    [InlineData("330100", false)]
    [InlineData("330000", false)]
    [InlineData("999999", false)]
    [InlineData(null, false)]
    public void Only_the_most_specific_level_counts_as_a_district(string? code, bool expected) => Catalog.IsDistrict(code).ShouldBe(expected);

    [Fact]
    public void Unknown_codes_have_no_region_name_or_path()
    {
        Catalog.Find("000000").ShouldBeNull();
        Catalog.FullName("000000").ShouldBeEmpty();
        Catalog.PathOf(null).ShouldBeEmpty();
    }

    [Fact]
    public void Children_of_nothing_are_the_provinces() => Catalog.ChildrenOf(null).ShouldBe(Catalog.Provinces);

    [Fact]
    public void Every_region_but_a_province_has_an_existing_parent()
    {
        var orphans = Catalog.Provinces.SelectMany(p => Catalog.ChildrenOf(p.Code)).SelectMany(c => Catalog.ChildrenOf(c.Code).Append(c))
            .Where(r => Catalog.Find(r.ParentCode) is null);
        orphans.ShouldBeEmpty();
        Catalog.ChildrenOf("330100").ShouldContain(r => r.Name == "西湖区" && r.Level == RegionLevel.District);
    }
}
