using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Consignment;

/// The supplier accepts a forwarded return (goods received back) or refuses it. Accepting refunds the buyer (an online
/// payment, through Payments) and corrects the settlement in this transaction: a settlement not yet claimed by the job is
/// recomputed without the line (cancelled when nothing is left); one already credited gets a reversal the job debits.
public sealed record DecideConsignmentReturn(Guid UserId, Guid ReturnId, bool Accept, string? Note) : ICommand;

internal sealed class DecideConsignmentReturnHandler(OrderingDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<DecideConsignmentReturn, Result>
{
    public async Task<Result> Handle(DecideConsignmentReturn c, CancellationToken ct)
    {
        if (await merchants.FindShopOfOwnerAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var r = await db.ConsignmentReturns.FirstOrDefaultAsync(x => x.Id == c.ReturnId && x.SupplierShopId == shop.ShopId, ct);
        if (r is null) return Error.NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        var decided = r.DecideBySupplier(c.Accept, c.Note, now);
        if (decided.IsFailure || !c.Accept) return decided;

        var order = await db.Orders.SingleAsync(o => o.Id == r.OrderId, ct);
        if (order.PayBy == PayBy.Online && order.IsPaid)
        {
            order.RefundRequested(r.RetailFen);
            db.Publish(new RefundRequested(Guid.CreateVersion7(), order.Id, r.RetailFen, $"return-{r.Id:N}", "代销商品退货"));
        }
        // The goods are back with the supplier: into the balances they left from (the reseller line's reservation).
        var reference = await db.Lines.Where(l => l.Id == r.ResellerLineId).Select(l => l.ReservationRef).SingleAsync(ct);
        db.Publish(new StockReturnRequested(Guid.CreateVersion7(), reference, r.Quantity, $"return-{r.Id:N}"));
        await CorrectSettlementAsync(r, now, ct);
        return Result.Success();
    }

    private async Task CorrectSettlementAsync(ConsignmentReturn r, DateTime now, CancellationToken ct)
    {
        var s = await db.ConsignmentSettlements.AsNoTracking().FirstOrDefaultAsync(x => x.PurchaseOrderId == r.PurchaseOrderId, ct);
        if (s is null || s.Status == SettlementStatus.Cancelled) return; // not received yet: the receipt leaves the line out
        if (s.Status == SettlementStatus.Pending)
        {
            var left = SettlementSplit.Of(s.RetailFen - r.RetailFen, s.WholesaleFen - r.WholesaleFen, s.CommissionBasisPoints);
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
        var before = SettlementSplit.Of(retail, wholesale, s.CommissionBasisPoints);
        var after = SettlementSplit.Of(retail - r.RetailFen, wholesale - r.WholesaleFen, s.CommissionBasisPoints);
        db.SettlementReversals.Add(new SettlementReversal(r.Id, s, r.RetailFen, r.WholesaleFen, before.SupplierFen - after.SupplierFen,
            before.ResellerFen - after.ResellerFen, now));
    }
}
