using SharedWarehouse.BuildingBlocks.Regions;

namespace SharedWarehouse.UnitTests.Regions;

/// Regions:File: a newer list dropped in the data folder replaces the shipped one; a broken one stops the start.
public sealed class RegionFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sw-regions-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_file_in_the_shipped_format_replaces_the_list_aliases_included()
    {
        var path = Write("""
            [
            {"c":"330000","n":"浙江省"},
            {"c":"330100","n":"杭州市","p":"330000"},
            {"c":"330106","n":"西湖区","p":"330100"},
            {"c":"330199","n":"未来区","p":"330100"},
            {"c":"330103","n":"下城区","p":"330100","a":true,"s":"330106"}
            ]
            """);

        var catalog = RegionCatalog.LoadFile(path);

        catalog.Provinces.ShouldHaveSingleItem().Name.ShouldBe("浙江省");
        catalog.IsDistrict("330199").ShouldBeTrue();
        catalog.FullName("330103").ShouldBe("浙江省 杭州市 下城区");
        catalog.IsDistrict("330103").ShouldBeFalse();
        catalog.ChildrenOf("330100").Select(r => r.Code).ShouldBe(["330106", "330199"]);
        catalog.MatchNames("浙江", "杭州", "未来区").ShouldBe(new RegionMatch("330199"));
        catalog.MatchNames("浙江", "杭州", "下城区").ShouldBe(new RegionMatch("330106"));
    }

    [Theory]
    [InlineData("""[{"c":"330000","n":"浙江省"},{"c":"330106","n":"西湖区","p":"330100"}]""", "330106 has parent 330100, which the list lacks")]
    [InlineData("""[{"c":"330000","n":"浙江省"},{"c":"330000","n":"浙江"}]""", "330000 appears twice")]
    [InlineData("""[{"c":"33000","n":"浙江省"}]""", "\"33000\" is not a 6-digit code")]
    [InlineData("""[{"c":"330000","n":" "}]""", "330000 has no name")]
    [InlineData("""[{"c":"330000","n":"浙江省"},{"c":"330100","n":"杭州市","p":"330000","a":true,"s":"330200"}]""", "330100 points to 330200, which is not a current region")]
    [InlineData("""[{"c":"330000","n":"浙江省"},{"c":"330100","n":"杭州市","p":"330000","s":"330000"}]""", "330100 has a successor but is not marked as an alias")]
    [InlineData("""[{"c":"330000","n":"浙江省","a":true},{"c":"330100","n":"杭州市","p":"330000"}]""", "330100 is current but its parent 330000 is an alias")]
    [InlineData("""[{"c":"330000","n":"浙江省","p":"330100"},{"c":"330100","n":"杭州市","p":"330000"}]""", "nested deeper than a district")]
    [InlineData("""[{"c":"330000"}]""", "cannot be read")]
    [InlineData("""not json""", "cannot be read")]
    [InlineData("""[]""", "no province")]
    public void A_broken_file_names_itself_and_the_problem(string json, string problem)
    {
        var path = Write(json);

        var error = Should.Throw<InvalidDataException>(() => RegionCatalog.LoadFile(path));

        error.Message.ShouldContain(path);
        error.Message.ShouldContain(problem);
    }

    [Fact]
    public void A_missing_file_is_an_error_too()
    {
        var path = Path.Combine(_folder, "nope.json");

        Should.Throw<InvalidDataException>(() => RegionCatalog.LoadFile(path)).Message.ShouldContain(path);
    }

    private string Write(string json)
    {
        var path = Path.Combine(_folder, "regions.json");
        File.WriteAllText(path, json);
        return path;
    }
}
