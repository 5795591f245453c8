using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Persistence;

namespace SharedWarehouse.Web.Setup;

public static class DatabaseSetup
{
    public static IEnumerable<Type> ContextTypes(IServiceProvider services) =>
        services.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.DbContextType).Append(typeof(PlatformDbContext));

    /// SQLite always migrates at start-up (an embedded file has no deployment step); PostgreSQL only when
    /// configured, otherwise through the `migrate` verb. Start-up tasks (roles, admin, demo data) follow.
    public static async Task PrepareDatabasesAsync(this WebApplication app, CancellationToken ct)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (database.Provider == DatabaseProvider.Sqlite || database.MigrateOnStartup)
            await app.MigrateDatabasesAsync(ct);
        using var scope = app.Services.CreateScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().OrderBy(t => t.Order))
            await task.RunAsync(ct);
    }

    public static async Task MigrateDatabasesAsync(this WebApplication app, CancellationToken ct)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SharedWarehouse.Migrations");
        await PrepareServerAsync(database, ct);
        using var scope = app.Services.CreateScope();
        foreach (var contextType in ContextTypes(app.Services))
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            var pending = (await context.Database.GetPendingMigrationsAsync(ct)).ToList();
            await context.Database.MigrateAsync(ct);
            logger.LogInformation("{Context}: applied {Count} migration(s)", contextType.Name, pending.Count);
        }
    }

    private static async Task PrepareServerAsync(DatabaseOptions database, CancellationToken ct)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers work while a writer commits; the setting is stored in the file.
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(ct);
            return;
        }
        // Quartz provisions its tables but not the schema they live in.
        await using var pg = new NpgsqlConnection(database.ConnectionString);
        await pg.OpenAsync(ct);
        await using var create = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS {JobsSetup.QuartzSchema};", pg);
        await create.ExecuteNonQueryAsync(ct);
    }
}
