using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Buyer;

/// The buyer accepts the merchant's counter-offer: refunded now (refund only) or after the goods come back.
public sealed record AcceptAfterSaleOffer(Guid BuyerId, Guid RequestId) : ICommand;

internal sealed class AcceptAfterSaleOfferHandler(ReturnsDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<AcceptAfterSaleOffer, Result>
{
    public async Task<Result> Handle(AcceptAfterSaleOffer c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfBuyerAsync(c.BuyerId, c.RequestId, ct), r => r.AcceptOffer(c.BuyerId, time.GetUtcNow().UtcDateTime), ct);
}
