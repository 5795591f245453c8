using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Markets.Contracts;
using SharedWarehouse.Modules.Markets.Data;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Markets.Features.StallCodes;

public sealed record StallCodeView(Guid Id, string Code, IReadOnlyList<StallOption> Options);

/// One of the owner's stall codes, or null (another shop's id is not found).
public sealed record GetStallCode(Guid OwnerId, Guid StallCodeId) : IQuery<StallCodeView?>;

internal sealed class GetStallCodeHandler(MarketsDbContext db, IShopAccess shops) : IRequestHandler<GetStallCode, StallCodeView?>
{
    public async Task<StallCodeView?> Handle(GetStallCode query, CancellationToken ct)
    {
        if (await shops.ActingShopIdAsync(query.OwnerId, ct) is not { } shopId) return null;
        var code = await db.StallCodes.AsNoTracking().Where(c => c.Id == query.StallCodeId && c.ShopId == shopId)
            .Select(c => new { c.Id, c.Code }).FirstOrDefaultAsync(ct);
        if (code is null) return null;
        var options = await ListStallCodesHandler.OptionsOf(db, [code.Id], ct);
        return new StallCodeView(code.Id, code.Code, options[code.Id].ToList());
    }
}
