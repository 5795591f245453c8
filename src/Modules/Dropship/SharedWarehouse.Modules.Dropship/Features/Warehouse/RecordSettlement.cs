using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Warehouse;

public sealed record RecordSettlement(Guid OrderId, long AmountFen) : ICommand;

internal sealed class RecordSettlementHandler(DropshipDbContext db) : IRequestHandler<RecordSettlement, Result>
{
    public async Task<Result> Handle(RecordSettlement c, CancellationToken ct)
    {
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == c.OrderId, ct);
        if (order is null) return Error.NotFound();
        order.Settled(c.AmountFen);
        return Result.Success();
    }
}
