using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Merchant;

/// The merchant proposes a smaller amount (yuan as typed) with a note; the buyer accepts it or asks the platform.
public sealed record OfferAfterSaleAmount(Guid UserId, Guid RequestId, string? Amount, string? Note) : ICommand;

internal sealed class OfferAfterSaleAmountHandler(ReturnsDbContext db, IMerchantDirectory merchants, IShopAccess shops, TimeProvider time)
    : IRequestHandler<OfferAfterSaleAmount, Result>
{
    public async Task<Result> Handle(OfferAfterSaleAmount c, CancellationToken ct)
    {
        var r = await db.OfMerchantAsync(shops, c.UserId, c.RequestId, ct);
        if (r is null) return Error.NotFound();
        if (!Money.TryParseYuan(c.Amount, out var fen)) return Error.Validation("Amount", "请输入正确的金额，最多两位小数");
        return await db.ChangeAsync(merchants, r, x => x.Offer(c.UserId, fen, c.Note, time.GetUtcNow().UtcDateTime), ct);
    }
}
