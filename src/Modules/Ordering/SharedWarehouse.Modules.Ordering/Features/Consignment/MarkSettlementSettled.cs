using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Consignment;

internal sealed record MarkSettlementSettled(Guid SettlementId) : ICommand;

internal sealed class MarkSettlementSettledHandler(OrderingDbContext db, TimeProvider time) : IRequestHandler<MarkSettlementSettled, Result>
{
    public async Task<Result> Handle(MarkSettlementSettled c, CancellationToken ct)
    {
        var s = await db.ConsignmentSettlements.FirstOrDefaultAsync(x => x.Id == c.SettlementId, ct);
        if (s is null) return Error.NotFound();
        s.Settled(time.GetUtcNow().UtcDateTime);
        return Result.Success();
    }
}
