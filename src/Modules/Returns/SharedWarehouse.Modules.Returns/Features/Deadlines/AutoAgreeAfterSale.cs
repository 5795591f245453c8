using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Deadlines;

/// The merchant's silence past its deadline agrees (the same transition as the button, so agreeing and the job racing
/// have one effect: the second finds the request no longer waiting, or fails on its version).
public sealed record AutoAgreeAfterSale(Guid RequestId) : ICommand;

internal sealed class AutoAgreeAfterSaleHandler(ReturnsDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<AutoAgreeAfterSale, Result>
{
    public async Task<Result> Handle(AutoAgreeAfterSale c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.AnyAsync(c.RequestId, ct), r => r.Agree(null, time.GetUtcNow().UtcDateTime), ct);
}
