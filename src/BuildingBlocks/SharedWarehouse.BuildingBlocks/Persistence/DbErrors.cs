using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SharedWarehouse.BuildingBlocks.Persistence;

public static class DbErrors
{
    /// A unique index refused the row: on both providers this is how a racing duplicate shows up.
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is System.Data.Common.DbException inner && inner.IsUniqueViolation();

    /// The same from a raw statement (ExecuteSql), where the provider's exception arrives unwrapped.
    public static bool IsUniqueViolation(this System.Data.Common.DbException exception) => exception switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };
}
