using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Wallet.Domain;

public enum HoldStatus { Held = 1, Released = 2, Settled = 3 }

/// Money set aside for a document until it is settled (debited) or released. Closing is claimed by one
/// conditional UPDATE on Status (see WalletBook), so a release racing a settle changes the wallet once.
public sealed class WalletHold : Entity
{
    private WalletHold() { }

    public Guid AccountId { get; private init; }
    public Guid ShopId { get; private init; }
    public string DocumentType { get; private init; } = "";
    public string DocumentId { get; private init; } = "";
    public long AmountFen { get; private init; }
    public string Reason { get; private init; } = "";
    public HoldStatus Status { get; private init; }
    public long? SettledFen { get; private init; }
    public DateTime CreatedUtc { get; private init; }
    public DateTime? ClosedUtc { get; private init; }

    public static WalletHold Place(LedgerEntry hold) => new()
    {
        AccountId = hold.AccountId, ShopId = hold.ShopId, DocumentType = hold.DocumentType, DocumentId = hold.DocumentId,
        AmountFen = hold.AmountFen, Reason = hold.Reason, Status = HoldStatus.Held, CreatedUtc = hold.CreatedUtc,
    };

    /// A repeated hold call: the same shop and amount is the same hold; anything else is a caller's mistake.
    public Result SameAs(Guid shopId, long amountFen) =>
        ShopId != shopId || AmountFen != amountFen ? Error.Conflict("该单据已冻结了另一笔金额") :
        Status == HoldStatus.Held ? Result.Success() :
        Error.Conflict(Status == HoldStatus.Settled ? "该单据的冻结已结算" : "该单据的冻结已释放");
}

/// A document whose hold failed for lack of funds; listed on the wallet page until its hold succeeds or is released.
public sealed class AwaitingFunds : Entity
{
    private AwaitingFunds() { }

    public Guid ShopId { get; private init; }
    public string DocumentType { get; private init; } = "";
    public string DocumentId { get; private init; } = "";
    public long AmountFen { get; private set; }
    public string Reason { get; private init; } = "";
    public DateTime SinceUtc { get; private init; }

    public static AwaitingFunds Since(Guid shopId, string documentType, string documentId, long amountFen, string reason, DateTime nowUtc) => new()
    {
        ShopId = shopId, DocumentType = documentType, DocumentId = documentId, AmountFen = amountFen,
        Reason = reason.Length > LedgerEntry.MaxReason ? reason[..LedgerEntry.MaxReason] : reason, SinceUtc = nowUtc,
    };

    /// A retry may ask for a different amount (the order changed); the list shows the latest.
    public void Retried(long amountFen) => AmountFen = amountFen;
}
