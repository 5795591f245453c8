using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Wallet.Contracts;

/// The business document a wallet movement belongs to, e.g. ("dropship-order", "{orderId}") or
/// ("consignment-settlement", "{subOrderId}:supplier"). Type + Id is the idempotency key: a retried call with
/// the same document has one effect. A hold is found again by its document alone, so hold documents must be
/// unique across shops (an order id is).
public sealed record WalletDocument(string Type, string Id)
{
    public override string ToString() => $"{Type}:{Id}";
}

public sealed record WalletBalance(Guid ShopId, long BalanceFen, long HeldFen)
{
    public long AvailableFen => BalanceFen - HeldFen;
}

public static class WalletErrors
{
    /// Error.Code of a hold or debit refused because the available balance is too small; nothing was changed.
    public const string InsufficientFunds = "insufficient_funds";
}

/// A merchant's prepaid balance (one account per shop, opened on first use). Amounts are positive fen.
/// Each call is one Wallet unit of work of its own and idempotent by its document, so callers (dropship orders,
/// consignment settlement) call it as a step of a process and may repeat it after a crash; never call it while
/// holding a transaction of another module.
public interface IWallet
{
    /// Holds the amount against the available balance (all or nothing). Too little available: fails with
    /// WalletErrors.InsufficientFunds, the document is listed as "awaiting funds" and the merchant is told once;
    /// after a recharge WalletFunded is published, and the caller retries with the same document.
    Task<Result> HoldAsync(Guid shopId, long amountFen, WalletDocument document, string reason, CancellationToken ct);

    /// Gives the hold back (e.g. the order is closed); also drops the document from "awaiting funds".
    Task<Result> ReleaseHoldAsync(WalletDocument document, CancellationToken ct);

    /// Debits the actual amount and releases the hold (e.g. at shipment). Actual above the hold is allowed only when
    /// the available balance covers the difference (else InsufficientFunds and nothing changes).
    Task<Result> SettleHoldAsync(WalletDocument document, long actualAmountFen, CancellationToken ct);

    /// Money paid into the shop's wallet (e.g. a consignment settlement share).
    Task<Result> CreditAsync(Guid shopId, long amountFen, WalletDocument document, string reason, CancellationToken ct);

    /// Money given back for an earlier debit (e.g. a returned dropship order).
    Task<Result> RefundAsync(Guid shopId, long amountFen, WalletDocument document, string reason, CancellationToken ct);

    /// Takes money from the available balance without a hold; InsufficientFunds when it is too small.
    Task<Result> DebitAsync(Guid shopId, long amountFen, WalletDocument document, string reason, CancellationToken ct);

    /// Zero for a shop that never used its wallet.
    Task<WalletBalance> BalanceAsync(Guid shopId, CancellationToken ct);
}
