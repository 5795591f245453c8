using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Markets.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Markets.Features.Markets;

/// Closes (Open false) or reopens a stall of a market.
public sealed record SetStallOpen(Guid MarketId, Guid StallId, bool Open) : ICommand;

internal sealed class SetStallOpenHandler(MarketsDbContext db, TimeProvider time) : IRequestHandler<SetStallOpen, Result>
{
    public async Task<Result> Handle(SetStallOpen c, CancellationToken ct)
    {
        var stall = await db.Stalls.FirstOrDefaultAsync(s => s.Id == c.StallId && s.MarketId == c.MarketId, ct);
        if (stall is null) return Error.NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        return c.Open ? stall.Reopen(now) : stall.Close(now);
    }
}
