using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Web.Setup;

namespace SharedWarehouse.SliceTests.Infrastructure;

/// The application's services composed exactly as the host composes them (AddSharedWarehouseCore), on a
/// fresh migrated database of one provider, with a test clock. Commands go through the real dispatcher.
public abstract class AppFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private string _dataPath = null!;

    public ServiceProvider Services { get; private set; } = null!;
    public TestClock Clock { get; } = new();
    public DatabaseProvider Provider => provider;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _dataPath = Directory.CreateTempSubdirectory("sw-slice-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Options.Create(new DatabaseOptions { Provider = provider, ConnectionString = _database.ConnectionString }));
        services.AddSingleton(Options.Create(new StorageOptions { DataPath = _dataPath }));
        services.AddSharedWarehouseCore(configuration);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using var scope = Services.CreateScope();
        foreach (var contextType in Services.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.DbContextType)
                     .Append(typeof(BuildingBlocks.Jobs.PlatformDbContext)))
            await ((DbContext)scope.ServiceProvider.GetRequiredService(contextType)).Database.MigrateAsync();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().OrderBy(t => t.Order))
            await task.RunAsync(CancellationToken.None);
    }

    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(request);
    }

    public async Task<T> QueryAsync<TContext, T>(Func<TContext, Task<T>> query) where TContext : DbContext
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// Delivers the outbox as the job would.
    public Task<int> DispatchEventsAsync() => Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
        try { Directory.Delete(_dataPath, recursive: true); } catch (IOException) { }
    }
}

public sealed class SqliteApp() : AppFixture(DatabaseProvider.Sqlite);

public sealed class PostgreSqlApp() : AppFixture(DatabaseProvider.PostgreSql);
