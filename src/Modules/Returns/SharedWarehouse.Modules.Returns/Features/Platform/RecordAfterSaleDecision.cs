using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Platform;

/// The decision itself, the second step of DecideAfterSale (fen already parsed; Reserved: an exchange's replacement).
public sealed record RecordAfterSaleDecision(Guid AdminId, Guid RequestId, bool ForBuyer, long AmountFen, string? Note, IReadOnlyList<string>? Reserved)
    : ICommand;

internal sealed class RecordAfterSaleDecisionHandler(ReturnsDbContext db, IMerchantDirectory merchants, TimeProvider time)
    : IRequestHandler<RecordAfterSaleDecision, Result>
{
    public async Task<Result> Handle(RecordAfterSaleDecision c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.AnyAsync(c.RequestId, ct),
            r => r.Decide(c.AdminId, c.ForBuyer, c.AmountFen, c.Note, time.GetUtcNow().UtcDateTime), ct, c.Reserved);
}
