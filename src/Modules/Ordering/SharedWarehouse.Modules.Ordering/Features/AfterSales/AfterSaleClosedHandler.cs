using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Ordering.Data;

namespace SharedWarehouse.Modules.Ordering.Features.AfterSales;

/// A request ended: one open request fewer on the sub-order.
internal sealed class AfterSaleClosedHandler(OrderingDbContext db) : IIntegrationEventHandler<AfterSaleClosed>
{
    public async Task Handle(AfterSaleClosed e, CancellationToken ct) =>
        (await db.SubOrders.SingleAsync(s => s.Id == e.SubOrderId, ct)).AfterSaleClosed();
}
