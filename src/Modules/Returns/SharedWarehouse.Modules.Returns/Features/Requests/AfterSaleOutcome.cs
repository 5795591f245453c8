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
    /// reserved: the replacement an agreeing process reserved before this change (see ExchangeStock).
    public static async Task<Result> ApplyAsync(ReturnsDbContext db, IMerchantDirectory merchants, AfterSaleRequest r, bool wasOpen,
        IReadOnlyList<string>? reserved, CancellationToken ct)
    {
        if (r.ReserveDue)
        {
            if (reserved is null) return Error.Conflict("换货商品需要先预留库存，请重试");
            ExchangeStock.Attach(r, reserved);
            db.Publish(new ReservationsHoldRequested(Guid.CreateVersion7(), reserved));
        }
        else if (reserved is { Count: > 0 }) // reserved for a change that did not need it after all (the request moved on)
            db.Publish(new ReservationsReleaseRequested(Guid.CreateVersion7(), reserved));
        if (r.ReleaseDue.Count > 0) db.Publish(new ReservationsReleaseRequested(Guid.CreateVersion7(), r.ReleaseDue));
        if (r.ExchangeDue)
            db.Publish(new AfterSaleExchangeApproved(Guid.CreateVersion7(), r.OrderId, r.SubOrderId, r.Id, r.Number, r.Lines.Select(l =>
                new ExchangeLine(l.OrderLineId, l.ReplacementSkuId!.Value, l.ProductId, l.ReplacementSkuCode!, l.ProductName, l.ReplacementSpecText ?? "",
                    l.Quantity, l.ReplacementRef!)).ToList()));
        if (r.RefundDue)
        {
            var taken = await TakeAgainstCapsAsync(db, r, ct);
            if (taken.IsFailure) return Result.Failure(taken.Errors);
            db.Publish(new AfterSaleRefundApproved(Guid.CreateVersion7(), r.OrderId, r.SubOrderId, r.Id, r.RefundedFen, $"rma-{r.Id:N}",
                $"售后退款 {r.Number}", taken.Value));
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
    /// Answers each line's share of the refund and how many of its units came back.
    private static async Task<Result<List<RefundedLine>>> TakeAgainstCapsAsync(ReturnsDbContext db, AfterSaleRequest r, CancellationToken ct)
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
        return r.Lines.Select((l, i) => new RefundedLine(l.OrderLineId, shares[i], r.GoodsReceived ? l.Quantity : 0)).ToList();
    }
}
