using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Reservations;

public sealed record Reserve(ReserveStock Request) : ICommand<Guid>;

/// FEFO over the stock the requester may use (own + granted). Each part is one conditional UPDATE
/// (`reserved = reserved + q WHERE on_hand - reserved >= q`); a short allocation fails and the unit of
/// work rolls every part back, so available never goes negative whatever runs in parallel.
internal sealed class ReserveHandler(InventoryDbContext db, TimeProvider time) : IRequestHandler<Reserve, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(Reserve command, CancellationToken ct)
    {
        var r = command.Request;
        if (r.Quantity <= 0) return Error.Validation("Quantity", "数量必须大于0");
        if (string.IsNullOrWhiteSpace(r.Reference) || r.Reference.Length > 64) return Error.Validation("Reference", "请提供预占单号");
        if (r.TimeToLive <= TimeSpan.Zero) return Error.Validation("TimeToLive", "预占有效期必须大于0");
        // A reused reference is refused by the unique index at save (the unit of work answers with a conflict
        // and rolls the reservation back): no extra round trip on the hot path.

        var candidates = await Usable.CandidatesAsync(db, r.RequesterShopId, r.SkuId, ct);
        var reservation = Reservation.Open(r.Reference, r.RequesterShopId, r.SkuId, r.Quantity, time.GetUtcNow().UtcDateTime, r.TimeToLive);
        var remaining = r.Quantity;
        foreach (var c in Fefo.Order(candidates))
        {
            var available = c.Available;
            // A lost race re-reads the row and tries what is left of it; bounded so a hot row cannot spin.
            for (var attempt = 0; attempt < 3 && remaining > 0 && available > 0; attempt++)
            {
                var take = Math.Min(remaining, available);
                var id = c.BalanceId;
                var rows = await db.Balances.Where(b => b.Id == id && b.OnHand - b.Reserved >= take)
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.Reserved, b => b.Reserved + take), ct);
                if (rows == 1) { reservation.Allocate(id, take); remaining -= take; break; }
                available = await db.Balances.Where(b => b.Id == id).Select(b => b.OnHand - b.Reserved).FirstOrDefaultAsync(ct);
            }
            if (remaining == 0) break;
        }
        if (remaining > 0) return Error.Conflict("可用库存不足", "Quantity");
        db.Reservations.Add(reservation);
        return reservation.Id;
    }
}

internal static class Usable
{
    /// Balances of the SKU the shop may allocate: its own, and others' covered by a grant to it.
    public static async Task<List<Fefo.Candidate>> CandidatesAsync(InventoryDbContext db, Guid shop, Guid skuId, CancellationToken ct)
    {
        // One query: own stock, or stock whose owner granted this SKU or its warehouse to this shop or to everyone
        // (the same rule as SharingGrant.Covers).
        return await db.Balances.AsNoTracking()
            .Where(b => b.SkuId == skuId && b.OnHand > b.Reserved && (b.OwnerShopId == shop || db.Grants.Any(g =>
                g.OwnerShopId == b.OwnerShopId && (g.GranteeShopId == null || g.GranteeShopId == shop)
                && ((g.Scope == GrantScope.Sku && g.TargetId == skuId) || (g.Scope == GrantScope.Warehouse && g.TargetId == b.WarehouseId)))))
            .Select(b => new Fefo.Candidate(b.Id, b.ExpiryDate, b.FirstReceivedUtc, b.OnHand - b.Reserved)).ToListAsync(ct);
    }
}

public sealed record ReleaseReservation(string Reference, bool Expired = false) : ICommand;

internal sealed class ReleaseReservationHandler(InventoryDbContext db) : IRequestHandler<ReleaseReservation, Result>
{
    public async Task<Result> Handle(ReleaseReservation c, CancellationToken ct)
    {
        var reservation = await db.Reservations.Include(x => x.Allocations).FirstOrDefaultAsync(x => x.Reference == c.Reference, ct);
        if (reservation is null) return Error.NotFound();
        var closed = reservation.Close(c.Expired ? ReservationStatus.Expired : ReservationStatus.Released);
        if (closed.IsFailure) return closed;
        foreach (var a in reservation.Allocations)
        {
            var rows = await db.Balances.Where(b => b.Id == a.BalanceId && b.Reserved >= a.Quantity)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Reserved, b => b.Reserved - a.Quantity), ct);
            if (rows == 0) return Error.Conflict("预占数据不一致");
        }
        return Result.Success();
    }
}

public sealed record ConfirmReservation(string Reference) : ICommand;

/// Shipment: the reserved quantity leaves on-hand and reserved together, with a ledger movement each.
internal sealed class ConfirmReservationHandler(InventoryDbContext db, TimeProvider time) : IRequestHandler<ConfirmReservation, Result>
{
    public async Task<Result> Handle(ConfirmReservation c, CancellationToken ct)
    {
        var reservation = await db.Reservations.Include(x => x.Allocations).FirstOrDefaultAsync(x => x.Reference == c.Reference, ct);
        if (reservation is null) return Error.NotFound();
        var closed = reservation.Close(ReservationStatus.Confirmed);
        if (closed.IsFailure) return closed;
        var now = time.GetUtcNow().UtcDateTime;
        var ids = reservation.Allocations.Select(a => a.BalanceId).ToList();
        var balances = await db.Balances.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        foreach (var a in reservation.Allocations)
        {
            var rows = await db.Balances.Where(b => b.Id == a.BalanceId && b.Reserved >= a.Quantity)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Reserved, b => b.Reserved - a.Quantity)
                    .SetProperty(b => b.OnHand, b => b.OnHand - a.Quantity), ct);
            if (rows == 0) return Error.Conflict("预占数据不一致");
            db.Movements.Add(StockMovement.Of(balances[a.BalanceId], MovementType.Shipment, -a.Quantity, reservation.Reference, reservation.Id, null, now));
        }
        return Result.Success();
    }
}

internal sealed class StockReservations(ISender sender) : IStockReservations
{
    public Task<Result<Guid>> ReserveAsync(ReserveStock request, CancellationToken ct) => sender.Send(new Reserve(request), ct);
    public Task<Result> ReleaseAsync(string reference, CancellationToken ct) => sender.Send(new ReleaseReservation(reference), ct);
    public Task<Result> ConfirmAsync(string reference, CancellationToken ct) => sender.Send(new ConfirmReservation(reference), ct);
}
