using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Data;

/// The only writer of on-hand: every change is one conditional set-based UPDATE plus its ledger movement,
/// in the caller's unit of work, so on-hand always equals the sum of the movements.
internal sealed class StockLedger(InventoryDbContext db, TimeProvider time)
{
    public sealed record Key(Guid WarehouseId, Guid BinId, Guid SkuId, string Lot, Guid OwnerShopId, DateOnly? Produced, DateOnly? Expires);

    public async Task<Result> ChangeAsync(Key key, long quantity, MovementType type, string reference, Guid? documentId, Guid? userId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var balance = db.Balances.Local.FirstOrDefault(b => Matches(b, key))
                      ?? await db.Balances.FirstOrDefaultAsync(b => b.WarehouseId == key.WarehouseId && b.BinId == key.BinId
                          && b.SkuId == key.SkuId && b.Lot == key.Lot && b.OwnerShopId == key.OwnerShopId, ct);
        if (balance is null)
        {
            if (quantity < 0) return Error.Conflict("库存不足，无法扣减");
            balance = StockBalance.Empty(key.WarehouseId, key.BinId, key.SkuId, key.Lot, key.OwnerShopId, key.Produced, key.Expires, now);
            balance.AddWhileNew(quantity);
            db.Balances.Add(balance);
        }
        else if (db.Entry(balance).State == EntityState.Added)
        {
            if (balance.OnHand + quantity < balance.Reserved) return Error.Conflict("库存不足，无法扣减");
            balance.AddWhileNew(quantity);
        }
        else
        {
            // Only unreserved stock can be taken away; the WHERE re-checks under the row lock.
            var id = balance.Id;
            var rows = await db.Balances.Where(b => b.Id == id && b.OnHand + quantity >= b.Reserved)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.OnHand, b => b.OnHand + quantity), ct);
            if (rows == 0) return Error.Conflict("可用库存不足，无法扣减（部分已被预占）");
        }
        db.Movements.Add(StockMovement.Of(balance, type, quantity, reference, documentId, userId, now));
        return Result.Success();
    }

    private static bool Matches(StockBalance b, Key k) =>
        b.WarehouseId == k.WarehouseId && b.BinId == k.BinId && b.SkuId == k.SkuId && b.Lot == k.Lot && b.OwnerShopId == k.OwnerShopId;
}
