using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace SharedWarehouse.WebTests;

/// Regions:File: a newer region list in the data folder replaces the built-in one without a new release, and a
/// broken one stops the start naming the file, instead of failing on the first address form.
public sealed class RegionFileStartupTests
{
    [Fact]
    public async Task A_configured_region_file_is_what_the_pickers_serve()
    {
        using var host = new RegionFileHost("""
            [
            {"c":"330000","n":"浙江省"},
            {"c":"330100","n":"杭州市","p":"330000"},
            {"c":"330106","n":"西湖区","p":"330100"},
            {"c":"330199","n":"未来区","p":"330100"},
            {"c":"440000","n":"广东省"},
            {"c":"440100","n":"广州市","p":"440000"},
            {"c":"440104","n":"越秀区","p":"440100"}
            ]
            """); // 越秀区: the configured senders' district, checked at start against the list in use
        using var client = host.CreateClient();

        var provinces = await client.GetStringAsync("/regions/children");
        var hangzhou = await client.GetStringAsync("/regions/children?parent=330100");

        provinces.ShouldBe("""[{"code":"330000","name":"浙江省"},{"code":"440000","name":"广东省"}]""");
        hangzhou.ShouldContain("\"330199\"");
        hangzhou.ShouldContain("未来区");
    }

    [Fact]
    public void A_broken_region_file_stops_the_start_naming_the_file_and_the_problem()
    {
        var failure = Should.Throw<Exception>(() =>
        {
            using var host = new RegionFileHost("""[{"c":"330000","n":"浙江省"},{"c":"330106","n":"西湖区","p":"330100"}]""");
            _ = host.Services;
        });

        var error = failure as InvalidDataException ?? failure.GetBaseException() as InvalidDataException;
        error.ShouldNotBeNull(failure.ToString());
        error.Message.ShouldContain("my-regions.json");
        error.Message.ShouldContain("330106 has parent 330100, which the list lacks");
    }

    private sealed class RegionFileHost : WebApplicationFactory<Program>
    {
        private readonly string _dataPath = Directory.CreateTempSubdirectory("sw-regions-").FullName;

        public RegionFileHost(string json) => File.WriteAllText(Path.Combine(_dataPath, "my-regions.json"), json);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Storage:DataPath", _dataPath);
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:ConnectionString", "");
            builder.UseSetting("Demo:Enabled", "false");
            builder.UseSetting("Regions:File", "my-regions.json");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (!disposing) return;
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(_dataPath, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
