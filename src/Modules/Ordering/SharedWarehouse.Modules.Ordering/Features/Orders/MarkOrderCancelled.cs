using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Orders;

internal sealed record MarkOrderCancelled(Guid? BuyerId, Guid OrderId, string Reason) : ICommand<IReadOnlyList<string>>;

internal sealed class MarkOrderCancelledHandler(OrderingDbContext db, TimeProvider time) : IRequestHandler<MarkOrderCancelled, Result<IReadOnlyList<string>>>
{
    public async Task<Result<IReadOnlyList<string>>> Handle(MarkOrderCancelled c, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.SubOrders).ThenInclude(s => s.Lines)
            .FirstOrDefaultAsync(o => o.Id == c.OrderId && (c.BuyerId == null || o.BuyerId == c.BuyerId) && o.Status != OrderStatus.Placing && o.Status != OrderStatus.Failed, ct);
        if (order is null) return Error.NotFound();
        if (order.IsConsignmentPurchase) return Error.NotFound(); // cancelled with its buyer's order only
        var cancelled = order.Cancel(c.BuyerId, c.Reason, time.GetUtcNow().UtcDateTime);
        if (cancelled.IsFailure) return Result<IReadOnlyList<string>>.Failure(cancelled.Errors);
        foreach (var purchase in await Consignment.ConsignmentPurchases.PurchasesOfAsync(db, order.SubOrders.Select(s => s.Id).ToList(), ct))
            purchase.PurchaseCancelled("买家订单已取消", time.GetUtcNow().UtcDateTime);
        // The refund request commits with the cancellation: the money goes back even if this process stops next.
        if (order.IsPaid)
        {
            order.RefundRequested(order.TotalFen);
            db.Publish(new RefundRequested(Guid.CreateVersion7(), order.Id, order.TotalFen, $"cancel-{order.Id:N}", c.Reason));
        }
        return Result.Success<IReadOnlyList<string>>(order.SubOrders.SelectMany(s => s.Lines).Select(l => l.ReservationRef).ToList());
    }
}
