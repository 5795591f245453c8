using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Domain;

/// Pending: stored at the buyer's receipt, wallets not yet credited; Settling: claimed by the settlement job (credits under
/// way, a return can no longer change it); Settled: both credits done; Cancelled: everything was returned before crediting.
public enum SettlementStatus { Pending = 0, Settled = 1, Settling = 2, Cancelled = 3 }

/// How a received consignment sale's money is split, in fen. Commission = retail × rate (basis points) rounded half up,
/// capped at the margin (retail − wholesale) so the reseller's share is never negative; supplier = wholesale,
/// reseller = retail − wholesale − commission. The three always add up to the retail total.
public sealed record SettlementSplit(long RetailFen, long WholesaleFen, long CommissionFen, long SupplierFen, long ResellerFen)
{
    public static SettlementSplit Of(long retailFen, long wholesaleFen, int commissionBasisPoints)
    {
        if (retailFen < 0 || wholesaleFen < 0 || commissionBasisPoints is < 0 or > 10_000) throw new ArgumentOutOfRangeException(nameof(retailFen));
        var margin = Math.Max(0, retailFen - wholesaleFen);
        var commission = Math.Min(margin, (retailFen * commissionBasisPoints + 5_000) / 10_000);
        return new SettlementSplit(retailFen, wholesaleFen, commission, wholesaleFen, retailFen - wholesaleFen - commission);
    }
}

/// One consignment purchase's settlement (ADR 9): who gets what, and whether the wallets were credited.
public sealed class ConsignmentSettlement : Entity
{
    public const string DocumentType = "consignment-settlement";
    private ConsignmentSettlement() { }

    public Guid PurchaseOrderId { get; private init; }
    public Guid PurchaseSubOrderId { get; private init; }
    public string PurchaseNumber { get; private init; } = "";
    public Guid ResellerSubOrderId { get; private init; }
    public string ResellerNumber { get; private init; } = "";
    public Guid SupplierShopId { get; private init; }
    public Guid ResellerShopId { get; private init; }
    public long RetailFen { get; private init; }
    public long WholesaleFen { get; private init; }
    public long CommissionFen { get; private init; }
    public long SupplierFen { get; private init; }
    public long ResellerFen { get; private init; }
    public int CommissionBasisPoints { get; private init; }
    public SettlementStatus Status { get; private set; }
    public DateTime CreatedUtc { get; private init; }
    public DateTime? SettledUtc { get; private set; }

    /// The wallet documents: idempotent per purchase sub-order and side.
    public string SupplierDocumentId => $"{PurchaseSubOrderId}:supplier";
    public string ResellerDocumentId => $"{PurchaseSubOrderId}:reseller";

    /// retailFen: what the buyer paid for the purchase's goods on the reseller's lines (shipping stays the reseller's).
    /// returnedLines: reseller lines whose return was accepted before the receipt; they are not settled.
    public static ConsignmentSettlement For(Order purchase, SubOrder resellerSub, int commissionBasisPoints, DateTime now, IReadOnlySet<Guid>? returnedLines = null)
    {
        var supplied = purchase.SubOrders.Single();
        var kept = supplied.Lines.Where(l => returnedLines is null || !returnedLines.Contains(l.ConsignedLineId!.Value)).ToList();
        var consigned = kept.Select(l => l.ConsignedLineId).ToHashSet();
        var retail = resellerSub.Lines.Where(l => consigned.Contains(l.Id)).Sum(l => l.AmountFen);
        var split = SettlementSplit.Of(retail, kept.Sum(l => l.AmountFen), commissionBasisPoints);
        return new ConsignmentSettlement
        {
            PurchaseOrderId = purchase.Id, PurchaseSubOrderId = supplied.Id, PurchaseNumber = supplied.Number, ResellerSubOrderId = resellerSub.Id,
            ResellerNumber = resellerSub.Number, SupplierShopId = supplied.ShopId, ResellerShopId = resellerSub.ShopId, RetailFen = split.RetailFen,
            WholesaleFen = split.WholesaleFen, CommissionFen = split.CommissionFen, SupplierFen = split.SupplierFen, ResellerFen = split.ResellerFen,
            CommissionBasisPoints = commissionBasisPoints, Status = retail == 0 ? SettlementStatus.Cancelled : SettlementStatus.Pending, CreatedUtc = now,
        };
    }

    public void Settled(DateTime now)
    {
        if (Status != SettlementStatus.Settling) return;
        Status = SettlementStatus.Settled;
        SettledUtc = now;
    }
}
