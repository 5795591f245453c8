using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;

namespace SharedWarehouse.Modules.Inventory.Features.Reservations;

/// Returned goods go back on hand in the balances their shipment left from, latest shipment first: one conditional-free
/// increment per balance (adding never oversells) plus a CustomerReturn movement, so on-hand stays the sum of the ledger.
/// The inbox makes a repeated event count once; more than was shipped is an error the outbox retries and logs.
internal sealed class ReturnShippedStockHandler(InventoryDbContext db, TimeProvider time) : IIntegrationEventHandler<StockReturnRequested>
{
    public async Task Handle(StockReturnRequested e, CancellationToken ct)
    {
        var shipped = await db.Movements.AsNoTracking().Where(m => m.Reference == e.Reference && m.Type == MovementType.Shipment)
            .OrderByDescending(m => m.AtUtc).ToListAsync(ct);
        if (-shipped.Sum(m => m.Quantity) < e.Quantity) throw new InvalidOperationException($"{e.Reference} shipped less than the {e.Quantity} returned.");
        var ids = shipped.Select(m => m.BalanceId).Distinct().ToList();
        var balances = await db.Balances.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var remaining = e.Quantity;
        foreach (var m in shipped)
        {
            if (remaining == 0) break;
            var back = Math.Min(remaining, -m.Quantity);
            var balanceId = m.BalanceId;
            await db.Balances.Where(b => b.Id == balanceId).ExecuteUpdateAsync(s => s.SetProperty(b => b.OnHand, b => b.OnHand + back), ct);
            db.Movements.Add(StockMovement.Of(balances[balanceId], MovementType.CustomerReturn, back, e.ReturnReference, null, null, now));
            remaining -= back;
        }
    }
}
