using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;

namespace SharedWarehouse.Modules.Ordering.Features.Consignment;

/// An after-sales refund of consignment lines (ADR 9; the request is the one after-sales model, with the reseller and
/// the supplier as its two parties) corrects the purchase's settlement in the refund's transaction: the retail refunded
/// comes off the reseller's side, the wholesale of the units that came back off the supplier's. A settlement not yet
/// claimed by the job is recomputed (cancelled when nothing is left); one already credited gets a reversal the job
/// debits. Before the buyer's receipt there is no settlement yet: the lines carry the refund and the receipt settles
/// without it (ConsignmentSettlement.For).
internal static class ConsignmentRefunds
{
    public static async Task CorrectAsync(OrderingDbContext db, Guid requestId, IReadOnlyList<(OrderLine Line, long RetailFen, int Returned)> refunded,
        DateTime now, CancellationToken ct)
    {
        var consigned = refunded.Where(x => x.Line.IsConsigned).ToDictionary(x => x.Line.Id);
        if (consigned.Count == 0) return;
        var ids = consigned.Keys.ToList();
        var supplied = await db.Lines.AsNoTracking().Where(l => l.ConsignedLineId != null && ids.Contains(l.ConsignedLineId.Value)).ToListAsync(ct);
        foreach (var purchaseSub in supplied.GroupBy(l => l.SubOrderId))
        {
            var purchaseId = await db.SubOrders.Where(s => s.Id == purchaseSub.Key).Select(s => s.OrderId).SingleAsync(ct);
            var retail = purchaseSub.Sum(l => consigned[l.ConsignedLineId!.Value].RetailFen);
            var wholesale = purchaseSub.Sum(l => WholesaleBack(l, consigned[l.ConsignedLineId!.Value].Returned));
            await CorrectSettlementAsync(db, requestId, purchaseId, retail, wholesale, now, ct);
        }
    }

    /// The wholesale of the units that came back: the supplier is not paid for goods it has again.
    public static long WholesaleBack(OrderLine purchaseLine, int returned) =>
        returned >= purchaseLine.Quantity ? purchaseLine.AmountFen : purchaseLine.AmountFen * returned / purchaseLine.Quantity;

    private static async Task CorrectSettlementAsync(OrderingDbContext db, Guid requestId, Guid purchaseOrderId, long retailFen, long wholesaleFen,
        DateTime now, CancellationToken ct)
    {
        var s = await db.ConsignmentSettlements.AsNoTracking().FirstOrDefaultAsync(x => x.PurchaseOrderId == purchaseOrderId, ct);
        if (s is null || s.Status == SettlementStatus.Cancelled) return; // not received yet: the receipt settles without the refund
        if (s.Status == SettlementStatus.Pending)
        {
            var left = SettlementSplit.Of(Math.Max(0, s.RetailFen - retailFen), Math.Max(0, s.WholesaleFen - wholesaleFen), s.CommissionBasisPoints);
            var status = left.RetailFen == 0 ? SettlementStatus.Cancelled : SettlementStatus.Pending;
            // Only while the job has not claimed it: then it is credited with these amounts, never the old ones.
            if (await db.ConsignmentSettlements.Where(x => x.Id == s.Id && x.Status == SettlementStatus.Pending).ExecuteUpdateAsync(u => u
                    .SetProperty(x => x.RetailFen, left.RetailFen).SetProperty(x => x.WholesaleFen, left.WholesaleFen)
                    .SetProperty(x => x.CommissionFen, left.CommissionFen).SetProperty(x => x.SupplierFen, left.SupplierFen)
                    .SetProperty(x => x.ResellerFen, left.ResellerFen).SetProperty(x => x.Status, status), ct) == 1) return;
        }
        // Already credited (or being credited): take back the difference, after earlier reversals of the same sale.
        var earlier = await db.SettlementReversals.AsNoTracking().Where(x => x.SettlementId == s.Id).ToListAsync(ct);
        var (retail, wholesale) = (s.RetailFen - earlier.Sum(x => x.RetailFen), s.WholesaleFen - earlier.Sum(x => x.WholesaleFen));
        var (retailBack, wholesaleBack) = (Math.Min(retail, retailFen), Math.Min(wholesale, wholesaleFen));
        var before = SettlementSplit.Of(retail, wholesale, s.CommissionBasisPoints);
        var after = SettlementSplit.Of(retail - retailBack, wholesale - wholesaleBack, s.CommissionBasisPoints);
        db.SettlementReversals.Add(new SettlementReversal(requestId, s, retailBack, wholesaleBack, before.SupplierFen - after.SupplierFen,
            before.ResellerFen - after.ResellerFen, now));
    }
}
