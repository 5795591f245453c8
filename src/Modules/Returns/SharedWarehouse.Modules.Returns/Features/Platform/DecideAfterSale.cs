using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Platform;

/// Platform customer service decides an escalated request, finally: for the buyer with an amount (yuan) or for the merchant.
public sealed record DecideAfterSale(Guid AdminId, Guid RequestId, bool ForBuyer, string? Amount, string? Note) : ICommand;

internal sealed class DecideAfterSaleHandler(ReturnsDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<DecideAfterSale, Result>
{
    public async Task<Result> Handle(DecideAfterSale c, CancellationToken ct)
    {
        var r = await db.AnyAsync(c.RequestId, ct);
        if (r is null) return Error.NotFound();
        long fen = 0;
        if (c.ForBuyer && !Money.TryParseYuan(c.Amount, out fen)) return Error.Validation("Amount", "请输入正确的金额，最多两位小数");
        return await db.ChangeAsync(merchants, r, x => x.Decide(c.AdminId, c.ForBuyer, fen, c.Note, time.GetUtcNow().UtcDateTime), ct);
    }
}
