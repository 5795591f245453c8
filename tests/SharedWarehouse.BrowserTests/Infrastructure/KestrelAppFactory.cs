using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Accounts.Sms;
using SharedWarehouse.Testing;

namespace SharedWarehouse.BrowserTests.Infrastructure;

/// The real host (Program) on Kestrel at a free loopback port, so a real browser can reach it: environment
/// "Testing", SQLite in a fresh data folder (database, uploads, logs; deleted on dispose), the first admin
/// from configuration and the SMS simulator page switched on.
public sealed class KestrelAppFactory : WebApplicationFactory<Program>
{
    public const string AdminPhone = "13800000000";
    public const string AdminPassword = "AdminPass123";

    public KestrelAppFactory() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    public string DataPath { get; } = Directory.CreateTempSubdirectory("sw-browser-").FullName;

    /// The app's clock: real time until a test moves it forward.
    public ShiftedClock Clock { get; } = new();

    /// e.g. http://127.0.0.1:41234 (no trailing slash); set by Start.
    public string BaseUrl { get; private set; } = "";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Host settings reach Program as configuration before HostSetup reads Storage and Database.
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", "");
        builder.UseSetting("Admin:Phone", AdminPhone);
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("Sms:ShowSimulatorPage", "true");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Serilog:MinimumLevel", "Warning");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        // No courier is registered until the Courier module is: a fake fills the gap (never replaces a real one).
    }

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The server reports no IServerAddressesFeature.");
        BaseUrl = addresses.FirstOrDefault()?.TrimEnd('/')
            ?? throw new InvalidOperationException("The server listens on no address.");
    }

    public SimulatedSmsSender Sms => Services.GetRequiredService<SimulatedSmsSender>();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataPath, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
