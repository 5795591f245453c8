using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Merchant;

/// The merchant refuses with a reason the buyer sees (the buyer may then ask the platform to step in).
public sealed record RefuseAfterSale(Guid UserId, Guid RequestId, string? Note) : ICommand;

internal sealed class RefuseAfterSaleHandler(ReturnsDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<RefuseAfterSale, Result>
{
    public async Task<Result> Handle(RefuseAfterSale c, CancellationToken ct) =>
        await db.ChangeAsync(await db.OfMerchantAsync(merchants, c.UserId, c.RequestId, ct), r => r.Refuse(c.UserId, c.Note, time.GetUtcNow().UtcDateTime), ct);
}
