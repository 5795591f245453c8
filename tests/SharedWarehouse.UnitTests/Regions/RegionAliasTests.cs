using SharedWarehouse.BuildingBlocks.Regions;

namespace SharedWarehouse.UnitTests.Regions;

public sealed class RegionAliasTests
{
    private static readonly RegionCatalog Catalog = RegionCatalog.LoadEmbedded();

    [Theory]
    [InlineData("460302", "海南省 三沙市 西沙区")] // created 2020
    [InlineData("460303", "海南省 三沙市 南沙区")]
    [InlineData("653228", "新疆维吾尔自治区 和田地区 和康县")] // created 2024
    [InlineData("653229", "新疆维吾尔自治区 和田地区 和安县")]
    public void Districts_created_in_2020_and_2024_can_be_picked(string code, string fullName)
    {
        Catalog.IsDistrict(code).ShouldBeTrue();
        Catalog.FullName(code).ShouldBe(fullName);
        Catalog.ChildrenOf(Catalog.Find(code)!.ParentCode).ShouldContain(r => r.Code == code);
    }

    [Theory]
    [InlineData("460321", "西沙群岛", "460302", "海南省 三沙市 西沙群岛")]
    [InlineData("460322", "南沙群岛", "460303", "海南省 三沙市 南沙群岛")]
    [InlineData("620201", "嘉峪关市", "620200", "甘肃省 嘉峪关市 嘉峪关市")]
    [InlineData("130171", "石家庄高新技术产业开发区", null, "河北省 石家庄市 石家庄高新技术产业开发区")]
    public void An_old_code_still_shows_its_name_but_cannot_be_picked(string code, string name, string? successor, string fullName)
    {
        var region = Catalog.Find(code).ShouldNotBeNull();

        region.Name.ShouldBe(name);
        region.IsAlias.ShouldBeTrue();
        region.SuccessorCode.ShouldBe(successor);
        Catalog.FullName(code).ShouldBe(fullName);
        Catalog.IsDistrict(code).ShouldBeFalse();
        Catalog.ChildrenOf(region.ParentCode).ShouldNotContain(r => r.Code == code);
    }

    [Fact]
    public void Every_successor_is_a_current_district_and_aliases_are_listed_apart()
    {
        Catalog.Aliases.Count.ShouldBe(133);
        Catalog.Aliases.ShouldAllBe(a => a.IsAlias);
        foreach (var alias in Catalog.Aliases.Where(a => a.SuccessorCode is not null))
        {
            Catalog.IsDistrict(alias.SuccessorCode).ShouldBeTrue(alias.Code);
        }
    }

    [Fact]
    public void A_city_whose_only_old_child_is_an_alias_is_where_an_address_ends()
    {
        // 嘉峪关市 had the statistics bureau's 620201 under it; GB/T 2260 gives it no counties.
        Catalog.ChildrenOf("620200").ShouldBeEmpty();
        Catalog.IsDistrict("620200").ShouldBeTrue();
    }
}
