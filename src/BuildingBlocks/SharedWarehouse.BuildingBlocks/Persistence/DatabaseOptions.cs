namespace SharedWarehouse.BuildingBlocks.Persistence;

public enum DatabaseProvider { Sqlite, PostgreSql }

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// Empty with SQLite means a file in the data folder (see StorageOptions).
    public string ConnectionString { get; set; } = "";

    /// SQLite always migrates at start-up; PostgreSQL only when this is set (otherwise run the `migrate` verb).
    public bool MigrateOnStartup { get; set; }
}

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// Where the SQLite file, uploads and logs live; relative paths are under the content root.
    public string DataPath { get; set; } = "App_Data";

    public string UploadsPath => Path.Combine(DataPath, "uploads");
}
