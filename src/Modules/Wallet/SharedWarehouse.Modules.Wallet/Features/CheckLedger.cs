using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Wallet.Data;
using SharedWarehouse.Modules.Wallet.Domain;

namespace SharedWarehouse.Modules.Wallet.Features;

public sealed record WalletMismatch(Guid AccountId, Guid ShopId, long BalanceFen, long HeldFen, long LedgerBalanceFen, long LedgerHeldFen, long OpenHoldsFen);

/// The invariant: for every account, balance = sum of its balance entries, held = sum of its hold entries
/// = sum of its open holds, and 0 ≤ held ≤ balance.
public sealed record CheckWalletLedger : IQuery<IReadOnlyList<WalletMismatch>>;

internal sealed class CheckWalletLedgerHandler(WalletDbContext db) : IRequestHandler<CheckWalletLedger, IReadOnlyList<WalletMismatch>>
{
    public async Task<IReadOnlyList<WalletMismatch>> Handle(CheckWalletLedger q, CancellationToken ct)
    {
        var sums = (await db.Entries.AsNoTracking().GroupBy(e => new { e.AccountId, e.Kind })
                .Select(g => new { g.Key.AccountId, g.Key.Kind, Sum = g.Sum(e => e.AmountFen) }).ToListAsync(ct))
            .GroupBy(x => x.AccountId)
            .ToDictionary(g => g.Key, g => LedgerEntry.Sum(g.Select(x => (x.Kind, x.Sum))));
        var open = await db.Holds.AsNoTracking().Where(h => h.Status == HoldStatus.Held).GroupBy(h => h.AccountId)
            .Select(g => new { g.Key, Sum = g.Sum(h => h.AmountFen) }).ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        var accounts = await db.Accounts.AsNoTracking().Select(a => new { a.Id, a.ShopId, a.BalanceFen, a.HeldFen }).ToListAsync(ct);
        return accounts
            .Select(a =>
            {
                var ledger = sums.GetValueOrDefault(a.Id);
                return new WalletMismatch(a.Id, a.ShopId, a.BalanceFen, a.HeldFen, ledger.BalanceFen, ledger.HeldFen, open.GetValueOrDefault(a.Id));
            })
            .Where(m => m.BalanceFen != m.LedgerBalanceFen || m.HeldFen != m.LedgerHeldFen || m.HeldFen != m.OpenHoldsFen
                        || m.HeldFen < 0 || m.HeldFen > m.BalanceFen)
            .ToList();
    }
}
