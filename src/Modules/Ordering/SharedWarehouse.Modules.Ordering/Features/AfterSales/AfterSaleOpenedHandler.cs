using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Ordering.Data;

namespace SharedWarehouse.Modules.Ordering.Features.AfterSales;

/// Counts the sub-order's open after-sales requests (the inbox delivers each event once per handler).
internal sealed class AfterSaleOpenedHandler(OrderingDbContext db) : IIntegrationEventHandler<AfterSaleOpened>
{
    public async Task Handle(AfterSaleOpened e, CancellationToken ct) =>
        (await db.SubOrders.SingleAsync(s => s.Id == e.SubOrderId, ct)).AfterSaleOpened();
}
