using System.Text.Json;
using SharedWarehouse.BuildingBlocks.Regions;

namespace SharedWarehouse.UnitTests.Regions;

public sealed class RegionCatalogTests
{
    private static readonly RegionCatalog Catalog = RegionCatalog.LoadEmbedded();

    [Fact]
    public void The_shipped_data_has_the_31_mainland_provinces_and_not_hong_kong_macau_or_taiwan()
    {
        // The ministry's list has 台湾, 香港 and 澳门 as provinces without districts; build-regions.mjs leaves them out.
        Catalog.Provinces.Count.ShouldBe(31);
        Catalog.Provinces[0].ShouldBe(new Region("110000", "北京市", null, RegionLevel.Province));
        Catalog.Provinces[^1].ShouldBe(new Region("650000", "新疆维吾尔自治区", null, RegionLevel.Province));
        Catalog.Find("810000").ShouldBeNull();
        Catalog.Find("820000").ShouldBeNull();
        Catalog.Find("710000").ShouldBeNull();
    }

    [Fact]
    public void The_shipped_data_has_342_cities_and_2846_districts()
    {
        // The ministry's 2024 list (see README-regions.md); changes only when regions.json is regenerated.
        var cities = Catalog.Provinces.SelectMany(p => Catalog.ChildrenOf(p.Code)).ToList();
        var districts = cities.SelectMany(c => Catalog.ChildrenOf(c.Code)).ToList();

        cities.Count.ShouldBe(342);
        districts.Count.ShouldBe(2846);
    }

    [Fact]
    public void A_municipality_district_sits_under_its_shixiaqu_city_level()
    {
        Catalog.Find("110101").ShouldBe(new Region("110101", "东城区", "110100", RegionLevel.District));
        Catalog.Find("110100").ShouldBe(new Region("110100", "市辖区", "110000", RegionLevel.City));
        Catalog.Find("110000").ShouldBe(new Region("110000", "北京市", null, RegionLevel.Province));
        Catalog.PathOf("110101").ShouldBe(["110000", "110100", "110101"]);
        Catalog.FullName("110101").ShouldBe("北京市 市辖区 东城区");
    }

    [Fact]
    public void District_full_name_walks_up_to_the_province()
    {
        Catalog.FullName("330106").ShouldBe("浙江省 杭州市 西湖区");
        Catalog.PathOf("330106").ShouldBe(["330000", "330100", "330106"]);
    }

    [Fact]
    public void A_province_path_and_full_name_are_the_province_alone()
    {
        Catalog.PathOf("330000").ShouldBe(["330000"]);
        Catalog.FullName("330000").ShouldBe("浙江省");
    }

    [Theory]
    [InlineData("110101", true)]
    [InlineData("330106", true)]
    [InlineData("441900", true)] // 东莞市, 中山市 and 儋州市 have no districts: the city is where an address ends
    [InlineData("442000", true)]
    [InlineData("460400", true)]
    [InlineData("330100", false)]
    [InlineData("110100", false)]
    [InlineData("330000", false)]
    [InlineData("999999", false)]
    [InlineData("33010", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_the_level_an_address_ends_at_counts_as_a_district(string? code, bool expected) =>
        Catalog.IsDistrict(code).ShouldBe(expected);

    [Fact]
    public void A_city_without_districts_stays_a_city_with_no_children()
    {
        Catalog.Find("441900").ShouldBe(new Region("441900", "东莞市", "440000", RegionLevel.City));
        Catalog.ChildrenOf("441900").ShouldBeEmpty();
        Catalog.FullName("441900").ShouldBe("广东省 东莞市");
    }

    [Theory]
    [InlineData("000000")]
    [InlineData("999999")]
    [InlineData("abc")]
    [InlineData(" 330106")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_codes_have_no_region_name_or_path(string? code)
    {
        Catalog.Find(code).ShouldBeNull();
        Catalog.FullName(code).ShouldBeEmpty();
        Catalog.PathOf(code).ShouldBeEmpty();
    }

    [Fact]
    public void Children_of_an_unknown_code_or_a_district_are_none()
    {
        Catalog.ChildrenOf("999999").ShouldBeEmpty();
        Catalog.ChildrenOf("330106").ShouldBeEmpty();
    }

    [Fact]
    public void Children_of_nothing_are_the_provinces()
    {
        Catalog.ChildrenOf(null).ShouldBe(Catalog.Provinces);
        Catalog.ChildrenOf("").ShouldBe(Catalog.Provinces);
    }

    [Fact]
    public void Children_are_one_level_down_and_sorted_by_code()
    {
        var hangzhou = Catalog.ChildrenOf("330100");

        hangzhou.ShouldContain(new Region("330106", "西湖区", "330100", RegionLevel.District));
        hangzhou.ShouldAllBe(r => r.ParentCode == "330100" && r.Level == RegionLevel.District);
        hangzhou.Select(r => r.Code).ShouldBe(hangzhou.Select(r => r.Code).Order(StringComparer.Ordinal));
        Catalog.Provinces.Select(r => r.Code).ShouldBe(Catalog.Provinces.Select(r => r.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_region_but_a_province_has_an_existing_parent_one_level_up()
    {
        var rows = ShippedRows();

        rows.Select(r => r.Code).ShouldBeUnique();
        rows.ShouldAllBe(r => r.Code.Length == 6 && r.Code.All(char.IsAsciiDigit));
        foreach (var row in rows)
        {
            var region = Catalog.Find(row.Code).ShouldNotBeNull(row.Code);
            region.Name.ShouldBe(row.Name);
            region.ParentCode.ShouldBe(row.Parent);
            if (row.Parent is null)
            {
                region.Level.ShouldBe(RegionLevel.Province, row.Code);
                continue;
            }

            var parent = Catalog.Find(row.Parent).ShouldNotBeNull($"parent of {row.Code}");
            ((int)region.Level).ShouldBe((int)parent.Level + 1, row.Code);
            if (region.IsAlias)
            {
                Catalog.ChildrenOf(parent.Code).ShouldNotContain(region);
            }
            else
            {
                Catalog.ChildrenOf(parent.Code).ShouldContain(region);
            }
        }
    }

    // Read apart from the catalog, so a row the catalog dropped or could not reach still shows up here.
    private static List<(string Code, string Name, string? Parent)> ShippedRows()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream("SharedWarehouse.Regions.json");
        using var json = JsonDocument.Parse(stream.ShouldNotBeNull());
        return json.RootElement.EnumerateArray()
            .Select(e => (
                e.GetProperty("c").GetString()!,
                e.GetProperty("n").GetString()!,
                e.TryGetProperty("p", out var p) ? p.GetString() : null))
            .ToList();
    }
}
