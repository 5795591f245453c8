using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Wallet.Domain;

/// Hold and HoldRelease move money between available and held; every other kind changes the balance.
public enum LedgerKind { Recharge = 1, Hold = 2, HoldRelease = 3, Debit = 4, Credit = 5, Refund = 6, Adjustment = 7 }

/// One immutable line of a wallet's ledger. AmountFen is signed: the effect on the balance, or for Hold /
/// HoldRelease the effect on the held amount. One entry per (account, kind, document): a retried call finds it.
public sealed class LedgerEntry : Entity
{
    public const int MaxReason = 200;
    public const long MaxAmountFen = 100_000_000_000; // ¥1,000,000,000: far above any real movement, far below overflow

    private LedgerEntry() { }

    public Guid AccountId { get; private init; }
    public Guid ShopId { get; private init; }
    public LedgerKind Kind { get; private init; }
    public long AmountFen { get; private init; }
    public string DocumentType { get; private init; } = "";
    public string DocumentId { get; private init; } = "";
    public string Reason { get; private init; } = "";
    public Guid? ActorId { get; private init; }
    public DateTime CreatedUtc { get; private init; }

    public bool ChangesHeld => AffectsHeld(Kind);

    public static bool AffectsHeld(LedgerKind kind) => kind is LedgerKind.Hold or LedgerKind.HoldRelease;

    /// The sign each kind must carry; Adjustment may go either way but never be zero.
    public static int SignOf(LedgerKind kind) => kind switch
    {
        LedgerKind.Recharge or LedgerKind.Hold or LedgerKind.Credit or LedgerKind.Refund => 1,
        LedgerKind.HoldRelease or LedgerKind.Debit => -1,
        _ => 0,
    };

    public static Result<LedgerEntry> Record(WalletAccount account, LedgerKind kind, long amountFen, string documentType, string documentId,
        string? reason, Guid? actorId, DateTime nowUtc)
    {
        if (!Enum.IsDefined(kind)) return Error.Validation("Kind", "流水类型无效");
        if (amountFen == 0 || Math.Abs(amountFen) > MaxAmountFen) return Error.Validation("AmountFen", "金额无效");
        var sign = SignOf(kind);
        if (sign != 0 && Math.Sign(amountFen) != sign) return Error.Validation("AmountFen", "金额方向与流水类型不符");
        if (string.IsNullOrWhiteSpace(documentType) || string.IsNullOrWhiteSpace(documentId)) return Error.Validation("Document", "缺少关联单据");
        if (documentType.Length > 40 || documentId.Length > 100) return Error.Validation("Document", "关联单据编号过长");
        var why = (reason ?? "").Trim();
        if (kind == LedgerKind.Adjustment && why.Length == 0) return Error.Validation("Reason", "请填写调整原因");
        return new LedgerEntry
        {
            AccountId = account.Id, ShopId = account.ShopId, Kind = kind, AmountFen = amountFen, DocumentType = documentType.Trim(),
            DocumentId = documentId.Trim(), Reason = why.Length > MaxReason ? why[..MaxReason] : why, ActorId = actorId, CreatedUtc = nowUtc,
        };
    }

    /// What the account's counters must be, from its entries alone (the nightly check's definition).
    public static WalletFunds Sum(IEnumerable<(LedgerKind Kind, long AmountFen)> entries)
    {
        long balance = 0, held = 0;
        foreach (var (kind, amount) in entries)
            if (AffectsHeld(kind)) held += amount; else balance += amount;
        return new WalletFunds(balance, held);
    }
}
