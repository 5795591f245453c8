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

    /// retailFen: what the buyer paid for the purchase's goods on the reseller's lines (shipping stays the reseller's), less
    /// what after-sales refunded of them before the receipt; wholesale less the units that came back to the supplier.
    public static ConsignmentSettlement For(Order purchase, SubOrder resellerSub, int commissionBasisPoints, DateTime now)
    {
        var supplied = purchase.SubOrders.Single();
        var sold = resellerSub.Lines.ToDictionary(l => l.Id);
        var retail = supplied.Lines.Sum(l => sold[l.ConsignedLineId!.Value] is var r ? Math.Max(0, r.AmountFen - r.RefundedFen) : 0);
        var wholesale = supplied.Lines.Sum(l => l.AmountFen - Features.Consignment.ConsignmentRefunds.WholesaleBack(l, sold[l.ConsignedLineId!.Value].ReturnedQuantity));
        var split = SettlementSplit.Of(retail, wholesale, commissionBasisPoints);
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

/// Money taken back after a settlement was credited, for an after-sales refund of consignment lines (ReturnId: the
/// after-sales request) (debited by the settlement job; a positive
/// reseller amount is taken from the reseller, a negative one given to it).
public sealed class SettlementReversal : Entity
{
    public const string DocumentType = "consignment-return"; // the wallet document kind, kept for documents already written
    private SettlementReversal() { }

    public SettlementReversal(Guid returnId, ConsignmentSettlement s, long retailFen, long wholesaleFen, long supplierFen, long resellerFen, DateTime now)
    {
        ReturnId = returnId; SettlementId = s.Id; SupplierShopId = s.SupplierShopId; ResellerShopId = s.ResellerShopId;
        RetailFen = retailFen; WholesaleFen = wholesaleFen; SupplierFen = supplierFen; ResellerFen = resellerFen; CreatedUtc = now;
    }

    public Guid ReturnId { get; private init; }
    public Guid SettlementId { get; private init; }
    public Guid SupplierShopId { get; private init; }
    public Guid ResellerShopId { get; private init; }
    public long RetailFen { get; private init; }
    public long WholesaleFen { get; private init; }
    public long SupplierFen { get; private init; }
    public long ResellerFen { get; private init; }
    public bool Done { get; private set; }
    public DateTime CreatedUtc { get; private init; }

    public void Completed() => Done = true;
}
