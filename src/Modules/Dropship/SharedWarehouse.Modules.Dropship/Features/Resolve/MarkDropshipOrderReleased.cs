using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Resolve;

public sealed record MarkDropshipOrderReleased(Guid OrderId) : ICommand;

internal sealed class MarkDropshipOrderReleasedHandler(DropshipDbContext db) : IRequestHandler<MarkDropshipOrderReleased, Result>
{
    public async Task<Result> Handle(MarkDropshipOrderReleased c, CancellationToken ct)
    {
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == c.OrderId, ct);
        if (order is null) return Error.NotFound();
        order.Released(db.Now());
        return Result.Success();
    }
}
