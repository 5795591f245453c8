using Microsoft.EntityFrameworkCore;

namespace SharedWarehouse.BuildingBlocks.Persistence;

public static class ProviderSetup
{
    public const string SqliteMigrationsAssembly = "SharedWarehouse.Migrations.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "SharedWarehouse.Migrations.PostgreSql";

    /// One migrations project per provider and one history table per module, so each module migrates
    /// on its own.
    public static DbContextOptionsBuilder UseModuleDatabase(this DbContextOptionsBuilder builder, DatabaseProvider provider,
        string connectionString, string schema) => provider switch
    {
        DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o
            .MigrationsAssembly(SqliteMigrationsAssembly)
            .MigrationsHistoryTable($"__EFMigrationsHistory_{schema}")),
        DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString, o => o
            .MigrationsAssembly(PostgreSqlMigrationsAssembly)
            .MigrationsHistoryTable("__EFMigrationsHistory", schema)),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };
}
