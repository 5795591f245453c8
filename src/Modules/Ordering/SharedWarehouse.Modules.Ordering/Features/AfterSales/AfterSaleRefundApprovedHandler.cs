using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Consignment;
using SharedWarehouse.Modules.Payments.Contracts;

namespace SharedWarehouse.Modules.Ordering.Features.AfterSales;

/// An after-sales refund: the order shows it (部分退款 / 已退款) and an online payment is asked back from Payments in the
/// same transaction; cash-on-delivery and offline orders only record it (the merchant pays it back itself). Each line
/// keeps what was refunded of it and how many units came back, and a consignment line's settlement follows.
internal sealed class AfterSaleRefundApprovedHandler(OrderingDbContext db, TimeProvider time) : IIntegrationEventHandler<AfterSaleRefundApproved>
{
    public async Task Handle(AfterSaleRefundApproved e, CancellationToken ct)
    {
        var order = await db.Orders.SingleAsync(o => o.Id == e.OrderId, ct);
        order.RefundRequested(e.AmountFen);
        if (order.PayBy == PayBy.Online && order.IsPaid)
            db.Publish(new RefundRequested(Guid.CreateVersion7(), order.Id, e.AmountFen, e.RefundReference, e.Reason));
        else
            order.Refunded();
        if (e.Lines is not { Count: > 0 } refunded) return;
        var ids = refunded.Select(l => l.OrderLineId).ToList();
        var lines = await db.Lines.Where(l => ids.Contains(l.Id) && l.SubOrderId == e.SubOrderId).ToDictionaryAsync(l => l.Id, ct);
        var applied = refunded.Where(r => lines.ContainsKey(r.OrderLineId)).Select(r => (Line: lines[r.OrderLineId], r.AmountFen, r.ReturnedQuantity)).ToList();
        foreach (var (line, amount, returned) in applied) line.AfterSaleRefunded(amount, returned);
        await ConsignmentRefunds.CorrectAsync(db, e.RequestId, applied, time.GetUtcNow().UtcDateTime, ct);
    }
}
