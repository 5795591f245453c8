using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Markets.Data;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Markets.Features.StallCodes;

public sealed record DeleteStallCode(Guid OwnerId, Guid StallCodeId) : ICommand;

internal sealed class DeleteStallCodeHandler(MarketsDbContext db, IShopAccess shops) : IRequestHandler<DeleteStallCode, Result>
{
    public async Task<Result> Handle(DeleteStallCode c, CancellationToken ct)
    {
        if (await shops.ActingShopIdAsync(c.OwnerId, ct) is not { } shopId) return ShopErrors.NoShop;
        var existing = await db.StallCodes.Include(s => s.Options).FirstOrDefaultAsync(s => s.Id == c.StallCodeId && s.ShopId == shopId, ct);
        if (existing is null) return Error.NotFound();
        db.StallCodes.Remove(existing);
        return Result.Success();
    }
}
