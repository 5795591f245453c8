using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Accounts.Sms;
using SharedWarehouse.Testing;

namespace SharedWarehouse.WebTests.Infrastructure;

/// The real host (Program) in memory on the embedded SQLite provider: a fresh data folder (database file,
/// uploads, logs) per factory, migrated at start-up, with the first admin created from configuration.
public class SharedWarehouseFactory : WebApplicationFactory<Program>
{
    public const string AdminPhone = "13800000000";
    public const string AdminPassword = "AdminPass123";

    public string DataPath { get; } = Directory.CreateTempSubdirectory("sw-web-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting goes into the host configuration, which reaches Program as command-line arguments:
        // HostSetup reads Storage and Database while building, before any later configuration callback.
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", "");
        builder.UseSetting("Admin:Phone", AdminPhone);
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("Sms:ShowSimulatorPage", "true");
        builder.UseSetting("Demo:Enabled", "false");
        // No courier is registered until the Courier module is: a fake fills the gap (never replaces a real one).
    }

    public SimulatedSmsSender Sms => Services.GetRequiredService<SimulatedSmsSender>();

    public string LatestSmsCode(string phone) =>
        Sms.LatestCodeFor(phone) ?? throw new InvalidOperationException($"No SMS was sent to {phone}.");

    /// A browser-like visitor: its own cookie jar, no automatic redirects.
    public Visitor NewVisitor() => new(this);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataPath, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<SharedWarehouseFactory>
{
    public const string Name = "web";
}
