using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Buyer;

/// The buyer withdraws the request (before the goods are with the merchant or the platform decides).
public sealed record WithdrawAfterSale(Guid BuyerId, Guid RequestId) : ICommand;

internal sealed class WithdrawAfterSaleHandler(ReturnsDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<WithdrawAfterSale, Result>
{
    public async Task<Result> Handle(WithdrawAfterSale c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfBuyerAsync(c.BuyerId, c.RequestId, ct), r => r.Withdraw(c.BuyerId, time.GetUtcNow().UtcDateTime), ct);
}
