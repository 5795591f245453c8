using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Wallet.Domain;

/// One shop's wallet. Balance and Held are hot counters: they change only by one conditional UPDATE
/// (see WalletBook) in the same transaction as the ledger entry that explains the change, never by
/// reading and writing them back, so they always equal the sums of the ledger.
public sealed class WalletAccount : Entity
{
    private WalletAccount() { }

    public Guid ShopId { get; private init; }
    public long BalanceFen { get; private init; }
    public long HeldFen { get; private init; }
    public DateTime CreatedUtc { get; private init; }

    public long AvailableFen => BalanceFen - HeldFen;

    public static WalletAccount Open(Guid shopId, DateTime nowUtc) => new() { ShopId = shopId, CreatedUtc = nowUtc };
}

/// The rules the conditional UPDATEs enforce, stated once in plain code (and unit-tested): available never goes
/// below zero, so neither does the balance.
public readonly record struct WalletFunds(long BalanceFen, long HeldFen)
{
    public long AvailableFen => BalanceFen - HeldFen;

    public bool CanHold(long amountFen) => amountFen > 0 && AvailableFen >= amountFen;

    public bool CanDebit(long amountFen) => amountFen > 0 && AvailableFen >= amountFen;

    /// Settling swaps the hold for the actual debit: fine while what stays available is not negative.
    public bool CanSettle(long heldFen, long actualFen) => actualFen >= 0 && heldFen > 0 && AvailableFen + heldFen - actualFen >= 0;
}
