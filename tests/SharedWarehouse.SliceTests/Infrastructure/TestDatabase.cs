using Microsoft.Data.Sqlite;
using Npgsql;
using SharedWarehouse.BuildingBlocks.Persistence;

namespace SharedWarehouse.SliceTests.Infrastructure;

/// A fresh, empty database per fixture: a temporary SQLite file, or a new PostgreSQL database on the
/// server the test script started (SW_TEST_PG).
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _pgName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? pgName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _pgName = pgName;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"sw-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={file};Default Timeout=30;Pooling=False", file, null);
        }
        var server = ServerConnectionString();
        var name = $"sw_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, name);
    }

    public static string ServerConnectionString() =>
        Environment.GetEnvironmentVariable("SW_TEST_PG")
        ?? throw new InvalidOperationException("SW_TEST_PG is not set: run the tests through scripts/test.sh, which starts PostgreSQL.");

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                try { File.Delete(_sqliteFile + suffix); } catch (IOException) { }
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgName} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
