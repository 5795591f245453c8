using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.Modules.Wallet.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Wallet.Data;

/// The only writer of a wallet's counters. Each change is ONE conditional UPDATE whose WHERE re-checks the rule
/// under the row lock (no read-modify-write), plus the ledger entry that explains it, in the caller's unit of
/// work: both commit or neither does, so the counters always equal the sums of the ledger.
internal sealed class WalletBook(WalletDbContext db)
{
    /// The shop's account, opened on first use. Opening is saved at once (EF wraps it in a savepoint inside the
    /// caller's transaction) so the conditional UPDATEs below have a row to work on; two first uses racing
    /// meet at the unique ShopId index and the loser reads the winner's row.
    public async Task<WalletAccount> AccountAsync(Guid shopId, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.ShopId == shopId, ct);
        if (account is not null) return account;
        account = WalletAccount.Open(shopId, db.Now());
        db.Accounts.Add(account);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            db.Entry(account).State = EntityState.Detached;
            return await db.Accounts.AsNoTracking().SingleAsync(a => a.ShopId == shopId, ct);
        }
        db.Entry(account).State = EntityState.Detached;
        return account;
    }

    public Task<LedgerEntry?> FindEntryAsync(Guid accountId, LedgerKind kind, WalletDocument document, CancellationToken ct) =>
        db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.AccountId == accountId && e.Kind == kind
            && e.DocumentType == document.Type && e.DocumentId == document.Id, ct);

    /// A balance entry (recharge, credit, refund, debit, adjustment). True = applied now, false = this document
    /// was already posted with the same amount (a retry). A decrease needs that much available.
    public async Task<Result<bool>> PostAsync(Guid shopId, LedgerKind kind, long signedFen, WalletDocument document, string? reason,
        Guid? actorId, CancellationToken ct)
    {
        var account = await AccountAsync(shopId, ct);
        var earlier = await FindEntryAsync(account.Id, kind, document, ct);
        if (earlier is not null) return earlier.AmountFen == signedFen ? false : Error.Conflict("该单据已按另一金额记账");
        var entry = LedgerEntry.Record(account, kind, signedFen, document.Type, document.Id, reason, actorId, db.Now());
        if (entry.IsFailure) return Result<bool>.Failure(entry.Errors);

        var id = account.Id;
        var rows = signedFen > 0
            ? await db.Accounts.Where(a => a.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.BalanceFen, a => a.BalanceFen + signedFen), ct)
            : await db.Accounts.Where(a => a.Id == id && a.BalanceFen - a.HeldFen >= -signedFen)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.BalanceFen, a => a.BalanceFen + signedFen), ct);
        if (rows == 0) return await InsufficientAsync(id, -signedFen, ct);
        db.Entries.Add(entry.Value);
        return true;
    }

    /// held += amount only while available covers it.
    public async Task<bool> TryHoldAsync(Guid accountId, long amountFen, CancellationToken ct) =>
        await db.Accounts.Where(a => a.Id == accountId && a.BalanceFen - a.HeldFen >= amountFen)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.HeldFen, a => a.HeldFen + amountFen), ct) == 1;

    public async Task<bool> ReleaseAsync(Guid accountId, long amountFen, CancellationToken ct) =>
        await db.Accounts.Where(a => a.Id == accountId && a.HeldFen >= amountFen)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.HeldFen, a => a.HeldFen - amountFen), ct) == 1;

    /// Swaps a hold for the actual debit in one statement: what stays available may not go below zero.
    public async Task<bool> TrySettleAsync(Guid accountId, long heldFen, long actualFen, CancellationToken ct) =>
        await db.Accounts.Where(a => a.Id == accountId && a.HeldFen >= heldFen && (a.BalanceFen - actualFen) - (a.HeldFen - heldFen) >= 0)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.BalanceFen, a => a.BalanceFen - actualFen)
                .SetProperty(a => a.HeldFen, a => a.HeldFen - heldFen), ct) == 1;

    public Task<long> AvailableAsync(Guid accountId, CancellationToken ct) =>
        db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.BalanceFen - a.HeldFen).SingleAsync(ct);

    public async Task<Error> InsufficientAsync(Guid accountId, long neededFen, CancellationToken ct) =>
        Insufficient(neededFen, await AvailableAsync(accountId, ct));

    public static Error Insufficient(long neededFen, long availableFen) =>
        new(WalletErrors.InsufficientFunds, "钱包可用余额不足：需要 ¥{0}，可用 ¥{1}", "", Money.Yuan(neededFen), Money.Yuan(availableFen));
}
