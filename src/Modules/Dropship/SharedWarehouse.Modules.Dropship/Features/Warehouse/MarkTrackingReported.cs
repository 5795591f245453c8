using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Warehouse;

public sealed record MarkTrackingReported(IReadOnlyList<Guid> OrderIds, IReadOnlyList<Guid> FailedOrderIds) : ICommand;

internal sealed class MarkTrackingReportedHandler(DropshipDbContext db) : IRequestHandler<MarkTrackingReported, Result>
{
    public async Task<Result> Handle(MarkTrackingReported c, CancellationToken ct)
    {
        var now = db.Now();
        var ids = c.OrderIds.Concat(c.FailedOrderIds).ToList();
        foreach (var order in await db.Orders.Where(o => ids.Contains(o.Id)).ToListAsync(ct))
            if (c.OrderIds.Contains(order.Id)) order.TrackingReported(now);
            else order.CallbackFailed(now);
        return Result.Success();
    }
}
