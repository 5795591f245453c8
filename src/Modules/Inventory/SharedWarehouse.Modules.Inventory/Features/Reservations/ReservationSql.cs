using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SharedWarehouse.Modules.Inventory.Domain;
using NpgsqlTypes;

namespace SharedWarehouse.Modules.Inventory.Features.Reservations;

/// The PostgreSQL form of "take a part": the conditional UPDATE and the INSERTs it justifies in ONE statement
/// (data-modifying CTEs), so a reservation is one round trip after the candidates read and the hot row is
/// locked for one statement plus the commit. The rows-affected check is kept: the UPDATE returns the row only
/// when `on_hand - reserved >= qty`, the INSERTs select from it, so 0 rows means nothing was written.
/// Table and column names come from the EF model, so a rename in the mapping cannot leave this SQL behind.
internal sealed class ReservationSql
{
    private static ReservationSql? _cached;

    private ReservationSql(IModel model, ISqlGenerationHelper sql, bool isNpgsql)
    {
        Model = model;
        IsNpgsql = isNpgsql;
        var (balances, b) = Names<StockBalance>(model, sql, nameof(StockBalance.Id), nameof(StockBalance.OnHand), nameof(StockBalance.Reserved),
            nameof(StockBalance.SkuId), nameof(StockBalance.OwnerShopId), nameof(StockBalance.WarehouseId), nameof(StockBalance.ExpiryDate),
            nameof(StockBalance.FirstReceivedUtc));
        var (grants, g) = Names<SharingGrant>(model, sql, nameof(SharingGrant.OwnerShopId), nameof(SharingGrant.GranteeShopId),
            nameof(SharingGrant.Scope), nameof(SharingGrant.TargetId));
        var (reservations, r) = Names<Reservation>(model, sql, nameof(Reservation.Id), nameof(Reservation.Reference),
            nameof(Reservation.RequesterShopId), nameof(Reservation.SkuId), nameof(Reservation.Quantity), nameof(Reservation.Status),
            nameof(Reservation.CreatedUtc), nameof(Reservation.ExpiresUtc));
        var (allocations, a) = Names<ReservationAllocation>(model, sql, nameof(ReservationAllocation.Id),
            nameof(ReservationAllocation.ReservationId), nameof(ReservationAllocation.BalanceId), nameof(ReservationAllocation.Quantity));
        Exhaustive<Reservation>(model, r.Length);
        Exhaustive<ReservationAllocation>(model, a.Length);

        var take = $"""
            taken AS (UPDATE {balances} SET {b[2]} = {b[2]} + @qty
                      WHERE {b[0]} = @balance AND {b[1]} - {b[2]} >= @qty RETURNING {b[0]})
            """;
        var allocate = $"INSERT INTO {allocations} ({string.Join(", ", a)})";
        TakeFirst = $"""
            WITH {take},
            opened AS (INSERT INTO {reservations} ({string.Join(", ", r)})
                       SELECT @reservation, @reference, @shop, @sku, @total, @status, @created, @expires FROM taken RETURNING {r[0]})
            {allocate} SELECT @allocation, opened.{r[0]}, @balance, @qty FROM opened
            """;
        // The usual case, whole: the first balance in FEFO order (Fefo.Order) among those the shop may use (the
        // rule of Usable.Candidates and SharingGrant.Covers) covers the quantity. Otherwise 0 rows and nothing
        // written; the caller then plans parts from the candidates.
        TakeWholeFromFirst = $"""
            WITH first AS (
                SELECT c.{b[0]} FROM {balances} AS c
                WHERE c.{b[3]} = @sku AND c.{b[1]} > c.{b[2]} AND (c.{b[4]} = @shop OR EXISTS (
                    SELECT 1 FROM {grants} AS g
                    WHERE g.{g[0]} = c.{b[4]} AND (g.{g[1]} IS NULL OR g.{g[1]} = @shop)
                      AND ((g.{g[2]} = @skuScope AND g.{g[3]} = @sku) OR (g.{g[2]} = @warehouseScope AND g.{g[3]} = c.{b[5]}))))
                ORDER BY c.{b[6]} IS NULL, c.{b[6]}, c.{b[7]}, c.{b[0]}
                LIMIT 1),
            taken AS (UPDATE {balances} AS t SET {b[2]} = t.{b[2]} + @qty FROM first
                      WHERE t.{b[0]} = first.{b[0]} AND t.{b[1]} - t.{b[2]} >= @qty RETURNING t.{b[0]}),
            opened AS (INSERT INTO {reservations} ({string.Join(", ", r)})
                       SELECT @reservation, @reference, @shop, @sku, @total, @status, @created, @expires FROM taken RETURNING {r[0]})
            {allocate} SELECT @allocation, opened.{r[0]}, taken.{b[0]}, @qty FROM opened, taken
            """;
        TakeMore = $"""
            WITH {take}
            {allocate} SELECT @allocation, @reservation, taken.{b[0]}, @qty FROM taken
            """;
    }

    public IModel Model { get; }

    public bool IsNpgsql { get; }

    /// The first part: takes it and opens the reservation with it.
    public string TakeFirst { get; }

    /// The whole quantity from the first usable balance in FEFO order, opening the reservation; 0 rows when
    /// that balance does not cover it (then plan parts).
    public string TakeWholeFromFirst { get; }

    /// A further part of a reservation opened by TakeFirst in the same transaction.
    public string TakeMore { get; }

    /// The statements for this context's model, or null when it is not on PostgreSQL (the provider check is
    /// cached with them: asking EF for the provider name costs a reflection call each time).
    public static ReservationSql? For(DbContext db)
    {
        var cached = _cached;
        if (cached?.Model != db.Model)
            _cached = cached = new ReservationSql(db.Model, db.GetService<ISqlGenerationHelper>(), db.Database.IsNpgsql());
        return cached.IsNpgsql ? cached : null;
    }

    public static NpgsqlParameter[] WholeParameters(Reservation reservation, Guid allocationId) =>
    [
        .. Opening(reservation),
        new NpgsqlParameter<long>("qty", NpgsqlDbType.Bigint) { TypedValue = reservation.Quantity },
        new NpgsqlParameter<Guid>("allocation", NpgsqlDbType.Uuid) { TypedValue = allocationId },
        new NpgsqlParameter<Guid>("reservation", NpgsqlDbType.Uuid) { TypedValue = reservation.Id },
        new NpgsqlParameter<int>("skuScope", NpgsqlDbType.Integer) { TypedValue = (int)GrantScope.Sku },
        new NpgsqlParameter<int>("warehouseScope", NpgsqlDbType.Integer) { TypedValue = (int)GrantScope.Warehouse },
    ];

    public static NpgsqlParameter[] Parameters(Reservation reservation, ReservationAllocation part, bool first)
    {
        NpgsqlParameter[] common =
        [
            new NpgsqlParameter<Guid>("balance", NpgsqlDbType.Uuid) { TypedValue = part.BalanceId },
            new NpgsqlParameter<long>("qty", NpgsqlDbType.Bigint) { TypedValue = part.Quantity },
            new NpgsqlParameter<Guid>("allocation", NpgsqlDbType.Uuid) { TypedValue = part.Id },
            new NpgsqlParameter<Guid>("reservation", NpgsqlDbType.Uuid) { TypedValue = reservation.Id },
        ];
        return first ? [.. common, .. Opening(reservation)] : common;
    }

    private static NpgsqlParameter[] Opening(Reservation reservation) =>
        [
            new NpgsqlParameter<string>("reference", NpgsqlDbType.Varchar) { TypedValue = reservation.Reference },
            new NpgsqlParameter<Guid>("shop", NpgsqlDbType.Uuid) { TypedValue = reservation.RequesterShopId },
            new NpgsqlParameter<Guid>("sku", NpgsqlDbType.Uuid) { TypedValue = reservation.SkuId },
            new NpgsqlParameter<long>("total", NpgsqlDbType.Bigint) { TypedValue = reservation.Quantity },
            new NpgsqlParameter<int>("status", NpgsqlDbType.Integer) { TypedValue = (int)reservation.Status },
            new NpgsqlParameter<DateTime>("created", NpgsqlDbType.TimestampTz) { TypedValue = reservation.CreatedUtc },
            new NpgsqlParameter<DateTime>("expires", NpgsqlDbType.TimestampTz) { TypedValue = reservation.ExpiresUtc },
        ];

    private static (string Table, string[] Columns) Names<T>(IModel model, ISqlGenerationHelper sql, params string[] properties)
    {
        var entity = model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return (sql.DelimitIdentifier(table.Name, table.Schema),
            properties.Select(p => sql.DelimitIdentifier(entity.FindProperty(p)!.GetColumnName(table)!)).ToArray());
    }

    /// Every mapped column is written: a new property on the entity must be added here too (fail at first use, not silently).
    private static void Exhaustive<T>(IModel model, int written)
    {
        var mapped = model.FindEntityType(typeof(T))!.GetProperties().Count();
        if (mapped != written)
            throw new InvalidOperationException($"{typeof(T).Name} maps {mapped} columns but ReservationSql writes {written}.");
    }
}
