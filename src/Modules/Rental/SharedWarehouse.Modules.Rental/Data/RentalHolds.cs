using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SharedWarehouse.Modules.Rental.Data;

/// The database's guard against double booking: no two bookings that hold the same unit may overlap over
/// [BlockStart, BlockEnd) (the booked days plus the buffer days). On PostgreSQL an exclusion constraint (btree_gist, so a
/// plain uuid column can join the range in one GiST index); on SQLite two triggers, which are exact there because SQLite
/// has a single writer and a command's transaction is BEGIN IMMEDIATE (the check and the insert run under one write lock).
/// Added by migration Initial (EF's model cannot express either).
public static class RentalHolds
{
    public const string ConstraintName = "ex_bookings_unit_period";
    private const string SqliteMessage = "rental_unit_double_booked";

    public const string PostgreSqlUp = """
        CREATE EXTENSION IF NOT EXISTS btree_gist;
        ALTER TABLE rental.bookings ADD CONSTRAINT ex_bookings_unit_period
            EXCLUDE USING gist ("UnitId" WITH =, daterange("BlockStart", "BlockEnd", '[)') WITH &&) WHERE ("HoldsUnit");
        """;

    public const string PostgreSqlDown = "ALTER TABLE rental.bookings DROP CONSTRAINT IF EXISTS ex_bookings_unit_period;";

    // Dates are stored as 'yyyy-MM-dd' text on SQLite, so comparing the text compares the dates.
    private const string SqliteOverlap = """
        SELECT RAISE(ABORT, 'rental_unit_double_booked') WHERE EXISTS (
            SELECT 1 FROM rental_bookings b WHERE b.UnitId = NEW.UnitId AND b.HoldsUnit AND b.Id <> NEW.Id
              AND b.BlockStart < NEW.BlockEnd AND NEW.BlockStart < b.BlockEnd);
        """;

    public const string SqliteUp = $"""
        CREATE TRIGGER tr_rental_bookings_no_overlap_insert BEFORE INSERT ON rental_bookings WHEN NEW.HoldsUnit BEGIN {SqliteOverlap} END;
        CREATE TRIGGER tr_rental_bookings_no_overlap_update BEFORE UPDATE OF UnitId, BlockStart, BlockEnd, HoldsUnit ON rental_bookings
            WHEN NEW.HoldsUnit BEGIN {SqliteOverlap} END;
        """;

    public const string SqliteDown = """
        DROP TRIGGER IF EXISTS tr_rental_bookings_no_overlap_insert;
        DROP TRIGGER IF EXISTS tr_rental_bookings_no_overlap_update;
        """;

    /// The guard refused the row: the unit is taken for (part of) the period.
    public static bool IsDoubleBooking(this DbUpdateException e) => e.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.ExclusionViolation && pg.ConstraintName == ConstraintName,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.Message.Contains(SqliteMessage, StringComparison.Ordinal),
        _ => false,
    };
}
