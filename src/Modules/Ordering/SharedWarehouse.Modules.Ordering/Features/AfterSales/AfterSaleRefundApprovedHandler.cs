using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Payments.Contracts;

namespace SharedWarehouse.Modules.Ordering.Features.AfterSales;

/// An after-sales refund: the order shows it (部分退款 / 已退款) and an online payment is asked back from Payments in the
/// same transaction; cash-on-delivery and offline orders only record it (the merchant pays it back itself).
internal sealed class AfterSaleRefundApprovedHandler(OrderingDbContext db) : IIntegrationEventHandler<AfterSaleRefundApproved>
{
    public async Task Handle(AfterSaleRefundApproved e, CancellationToken ct)
    {
        var order = await db.Orders.SingleAsync(o => o.Id == e.OrderId, ct);
        order.RefundRequested(e.AmountFen);
        if (order.PayBy == PayBy.Online && order.IsPaid)
            db.Publish(new RefundRequested(Guid.CreateVersion7(), order.Id, e.AmountFen, e.RefundReference, e.Reason));
        else
            order.Refunded();
    }
}
