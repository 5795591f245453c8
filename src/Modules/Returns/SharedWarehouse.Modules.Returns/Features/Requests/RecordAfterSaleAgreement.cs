using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Requests;

/// The agreement itself, the second step of AgreeAfterSale (the merchant, UserId) and AutoAgreeAfterSale (the system,
/// UserId null): the same transition for both, so a button and the job racing have one effect (the second finds the
/// request no longer waiting, or fails on its version). Reserved: the exchange's replacement, reserved by the caller.
/// ReplacementMissing: an exchange the system agrees to without stock goes on as a return and refund.
public sealed record RecordAfterSaleAgreement(Guid? UserId, Guid RequestId, IReadOnlyList<string>? Reserved, bool ReplacementMissing = false) : ICommand;

internal sealed class RecordAfterSaleAgreementHandler(ReturnsDbContext db, IMerchantDirectory merchants, IShopAccess shops, TimeProvider time)
    : IRequestHandler<RecordAfterSaleAgreement, Result>
{
    public async Task<Result> Handle(RecordAfterSaleAgreement c, CancellationToken ct)
    {
        var r = c.UserId is { } user ? await db.OfMerchantAsync(shops, user, c.RequestId, ct) : await db.AnyAsync(c.RequestId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        return await db.ChangeAsync(merchants, r, x =>
        {
            var agreed = x.Agree(c.UserId, now);
            if (agreed.IsSuccess && c.ReplacementMissing) x.ExchangeBecomesRefund(now);
            return agreed;
        }, ct, c.Reserved);
    }
}
