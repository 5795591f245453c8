using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;

namespace SharedWarehouse.Modules.Inventory.Features.Ledger;

public sealed record LedgerMismatch(Guid BalanceId, long OnHand, long Reserved, long LedgerSum);

/// The invariant: for every balance, on-hand = the sum of its movements, and 0 ≤ reserved ≤ on-hand.
public sealed record CheckLedger : IQuery<IReadOnlyList<LedgerMismatch>>;

internal sealed class CheckLedgerHandler(InventoryDbContext db) : IRequestHandler<CheckLedger, IReadOnlyList<LedgerMismatch>>
{
    public async Task<IReadOnlyList<LedgerMismatch>> Handle(CheckLedger q, CancellationToken ct)
    {
        var sums = await db.Movements.AsNoTracking().GroupBy(m => m.BalanceId)
            .Select(g => new { g.Key, Sum = g.Sum(m => m.Quantity) }).ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        var balances = await db.Balances.AsNoTracking().Select(b => new { b.Id, b.OnHand, b.Reserved }).ToListAsync(ct);
        return balances
            .Select(b => new LedgerMismatch(b.Id, b.OnHand, b.Reserved, sums.GetValueOrDefault(b.Id)))
            .Where(m => m.OnHand != m.LedgerSum || m.Reserved < 0 || m.Reserved > m.OnHand)
            .ToList();
    }
}
