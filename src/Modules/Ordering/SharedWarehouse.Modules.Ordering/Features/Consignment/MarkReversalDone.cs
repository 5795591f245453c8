using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Features.Consignment;

internal sealed record MarkReversalDone(Guid ReversalId) : ICommand;

internal sealed class MarkReversalDoneHandler(OrderingDbContext db) : IRequestHandler<MarkReversalDone, Result>
{
    public async Task<Result> Handle(MarkReversalDone c, CancellationToken ct)
    {
        var r = await db.SettlementReversals.FirstOrDefaultAsync(x => x.Id == c.ReversalId, ct);
        if (r is null) return Error.NotFound();
        r.Completed();
        return Result.Success();
    }
}
