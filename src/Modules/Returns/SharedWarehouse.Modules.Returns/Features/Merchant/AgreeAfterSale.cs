using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Merchant;

/// The merchant agrees: a refund-only request is refunded at once, a return waits for the goods.
public sealed record AgreeAfterSale(Guid UserId, Guid RequestId) : ICommand;

internal sealed class AgreeAfterSaleHandler(ReturnsDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<AgreeAfterSale, Result>
{
    public async Task<Result> Handle(AgreeAfterSale c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfMerchantAsync(merchants, c.UserId, c.RequestId, ct), r => r.Agree(c.UserId, time.GetUtcNow().UtcDateTime), ct);
}
