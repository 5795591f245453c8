using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Features.Team;

/// Makes another of the person's shops the one they act for (the back office's shop switcher).
public sealed record SwitchShop(Guid UserId, Guid ShopId) : ICommand;

internal sealed class SwitchShopHandler(MerchantsDbContext db) : IRequestHandler<SwitchShop, Result>
{
    public async Task<Result> Handle(SwitchShop command, CancellationToken ct)
    {
        var target = await db.Members.FirstOrDefaultAsync(m => m.UserId == command.UserId && m.ShopId == command.ShopId, ct);
        if (target is null) return Error.NotFound();
        if (target.IsCurrent) return Result.Success();
        // Cleared by one statement inside the command's transaction before the new row is set: EF would not order
        // two updates for a filtered unique index, and the database allows one current row per person at any moment.
        await db.Members.Where(m => m.UserId == command.UserId && m.IsCurrent)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.IsCurrent, false), ct);
        target.MakeCurrent();
        return Result.Success();
    }
}
