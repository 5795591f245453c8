using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Reservations;

public sealed record Reserve(ReserveStock Request) : ICommand<Guid>, ICommitsItself;

/// FEFO over the stock the requester may use (own + granted). Each part is one conditional UPDATE
/// (`reserved = reserved + q WHERE on_hand - reserved >= q`) with a rows-affected check; a short allocation
/// fails and every part is rolled back, so available never goes negative whatever runs in parallel.
/// The handler commits itself (ICommitsItself) so a contended row is locked as briefly as in a bare UPDATE:
/// on PostgreSQL the UPDATE and the rows it justifies (reservation, allocation) are ONE statement (ReservationSql).
/// The usual case, the first usable lot in FEFO order covers the quantity, is that statement alone (FEFO pick,
/// conditional UPDATE, INSERTs), atomic on its own: one round trip and no lock held across a round trip. Otherwise
/// (0 rows) the candidates are read and taken part by part; several parts (or SQLite, where the UPDATE and the
/// INSERTs are separate statements) take a transaction of their own, rolled back unless all parts were taken.
internal sealed class ReserveHandler(InventoryDbContext db, TimeProvider time) : IRequestHandler<Reserve, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(Reserve command, CancellationToken ct)
    {
        var r = command.Request;
        if (r.Quantity <= 0) return Error.Validation("Quantity", "数量必须大于0");
        if (string.IsNullOrWhiteSpace(r.Reference) || r.Reference.Length > 64) return Error.Validation("Reference", "请提供预占单号");
        if (r.TimeToLive <= TimeSpan.Zero) return Error.Validation("TimeToLive", "预占有效期必须大于0");
        // A reused reference is refused by the unique index (in the part's statement on PostgreSQL, at save
        // otherwise) and answered with a conflict: no extra round trip on the hot path.

        // One connection for the whole command: EF would otherwise return it to the pool after each statement,
        // and every reopen costs a session reset on the server.
        await db.Database.OpenConnectionAsync(ct);
        // Joined, never committed here, when a caller already holds a transaction on this context.
        var owned = db.Database.CurrentTransaction is null;
        IDbContextTransaction? transaction = null;
        try
        {
            var reservation = Reservation.Open(r.Reference, r.RequesterShopId, r.SkuId, r.Quantity, time.GetUtcNow().UtcDateTime, r.TimeToLive);
            var oneStatement = ReservationSql.For(db);
            var inOneStatement = oneStatement is not null;
            // The usual case, the first lot in FEFO order covers the quantity, is one statement and one round trip.
            // (The allocation's id is made here, as Entity would, since its balance is only known in the statement.)
            if (inOneStatement && await db.Database.ExecuteSqlRawAsync(oneStatement!.TakeWholeFromFirst,
                    ReservationSql.WholeParameters(reservation, Guid.CreateVersion7()), ct) == 1)
                return reservation.Id;

            var candidates = await Usable.CandidatesAsync(db, r.RequesterShopId, r.SkuId, ct);
            // Not enough even before any race: refuse without touching (and locking) a row.
            if (candidates.Sum(c => c.Available) < r.Quantity) return Error.Conflict("可用库存不足", "Quantity");
            var remaining = r.Quantity;
            foreach (var c in Fefo.Order(candidates))
            {
                var available = c.Available;
                // A lost race re-reads the row and tries what is left of it; bounded so a hot row cannot spin.
                for (var attempt = 0; attempt < 3 && remaining > 0 && available > 0; attempt++)
                {
                    var part = reservation.PartFrom(c.BalanceId, Math.Min(remaining, available));
                    // Only a single statement covering the whole quantity is atomic by itself.
                    if (owned && transaction is null && (!inOneStatement || part.Quantity < r.Quantity))
                        transaction = await db.Database.BeginTransactionAsync(ct);
                    if (inOneStatement ? await TakeInOneStatementAsync(oneStatement!, reservation, part, ct) : await TakeAsync(part, ct))
                    {
                        reservation.Allocate(part);
                        remaining -= part.Quantity;
                        break;
                    }
                    available = await Usable.AvailableAsync(db, c.BalanceId, ct);
                }
                if (remaining == 0) break;
            }
            if (remaining > 0) return Error.Conflict("可用库存不足", "Quantity"); // the transaction rolls back on dispose
            if (!inOneStatement)
            {
                db.Reservations.Add(reservation);
                await db.SaveChangesAsync(ct);
            }
            if (transaction is not null) await transaction.CommitAsync(ct);
            return reservation.Id;
        }
        // The same reference twice: the statement (or the save) failed whole and nothing is kept.
        catch (DbException ex) when (ex.IsUniqueViolation())
        {
            return Error.Conflict("该记录已存在（可能已提交过），请刷新后查看");
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            if (owned) db.ChangeTracker.Clear(); // the refused rows stay tracked otherwise (as the unit of work does)
            return Error.Conflict("该记录已存在（可能已提交过），请刷新后查看");
        }
        finally
        {
            if (transaction is not null) await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<bool> TakeAsync(ReservationAllocation part, CancellationToken ct)
    {
        var (id, take) = (part.BalanceId, part.Quantity);
        return await db.Balances.Where(b => b.Id == id && b.OnHand - b.Reserved >= take)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Reserved, b => b.Reserved + take), ct) == 1;
    }

    private async Task<bool> TakeInOneStatementAsync(ReservationSql sql, Reservation reservation, ReservationAllocation part, CancellationToken ct)
    {
        var first = reservation.Allocations.Count == 0;
        return await db.Database.ExecuteSqlRawAsync(first ? sql.TakeFirst : sql.TakeMore, ReservationSql.Parameters(reservation, part, first), ct) == 1;
    }
}

internal static class Usable
{
    /// Balances of the SKU the shop may allocate: its own, and others' covered by a grant to it.
    /// (Not a compiled query: EF binds one to a single model, and the tests run SQLite and PostgreSQL in one process.)
    public static async Task<List<Fefo.Candidate>> CandidatesAsync(InventoryDbContext db, Guid shop, Guid skuId, CancellationToken ct)
    {
        // One query: own stock, or stock whose owner granted this SKU or its warehouse to this shop or to everyone
        // (the same rule as SharingGrant.Covers, and ReservationSql.TakeWholeFromFirst).
        return await db.Balances.AsNoTracking()
            .Where(b => b.SkuId == skuId && b.OnHand > b.Reserved && (b.OwnerShopId == shop || db.Grants.Any(g =>
                g.OwnerShopId == b.OwnerShopId && (g.GranteeShopId == null || g.GranteeShopId == shop)
                && ((g.Scope == GrantScope.Sku && g.TargetId == skuId) || (g.Scope == GrantScope.Warehouse && g.TargetId == b.WarehouseId)))))
            .Select(b => new Fefo.Candidate(b.Id, b.ExpiryDate, b.FirstReceivedUtc, b.OnHand - b.Reserved)).ToListAsync(ct);
    }

    public static Task<long> AvailableAsync(InventoryDbContext db, Guid balanceId, CancellationToken ct) =>
        db.Balances.Where(b => b.Id == balanceId).Select(b => b.OnHand - b.Reserved).FirstOrDefaultAsync(ct);
}
