using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Requests;

/// What follows a transition, in the same transaction: the refund taken against the caps and handed to Ordering (which
/// records it on the order and asks Payments), accepted goods put back into the owner's stock, Ordering told when the
/// request ends, and the other party told. Every command that changes a request ends here, so a button, the job and
/// the platform agree.
internal static class AfterSaleOutcome
{
    public static async Task<Result> ApplyAsync(ReturnsDbContext db, IMerchantDirectory merchants, AfterSaleRequest r, bool wasOpen, CancellationToken ct)
    {
        if (r.RefundDue)
        {
            var taken = await TakeAgainstCapsAsync(db, r, ct);
            if (taken.IsFailure) return taken;
            db.Publish(new AfterSaleRefundApproved(Guid.CreateVersion7(), r.OrderId, r.SubOrderId, r.Id, r.RefundedFen, $"rma-{r.Id:N}",
                $"售后退款 {r.Number}"));
        }
        if (r.RestockDue) // named "AS…-n" in the ledger (Inventory keeps 64 characters): the request number and the line
            foreach (var (l, n) in r.Lines.OrderBy(l => l.Id).Select((l, i) => (l, i + 1)))
                db.Publish(new StockReturnRequested(Guid.CreateVersion7(), l.ReservationRef, l.Quantity, $"{r.Number}-{n}"));
        if (wasOpen && !r.IsOpen) db.Publish(new AfterSaleClosed(Guid.CreateVersion7(), r.OrderId, r.SubOrderId, r.Id));
        await AfterSaleNotices.ChangedAsync(db, merchants, r, ct);
        return Result.Success();
    }

    /// One conditional UPDATE per line (and for shipping): the refund passes only while every line stays within what was
    /// paid for it, so two refunds of one line racing each other cannot both pass.
    private static async Task<Result> TakeAgainstCapsAsync(ReturnsDbContext db, AfterSaleRequest r, CancellationToken ct)
    {
        var keys = r.Lines.Select(l => (Key: l.OrderLineId, Cap: l.PaidFen)).ToList();
        if (r.ShippingFen > 0) keys.Add((r.SubOrderId, r.ShippingFen));
        var shares = AfterSalePolicy.Split(r.RefundedFen, keys.Select(k => k.Cap).ToList());
        for (var i = 0; i < keys.Count; i++)
        {
            var (key, share) = (keys[i].Key, shares[i]);
            if (share == 0) continue;
            var updated = await db.RefundCaps.Where(c => c.Key == key && c.RefundedFen + share <= c.CapFen)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.RefundedFen, c => c.RefundedFen + share), ct);
            if (updated == 0) return Error.Conflict("退款金额超过该商品可退金额（可能已有其他退款），请刷新后查看");
        }
        return Result.Success();
    }
}
