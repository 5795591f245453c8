using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Sharing;

public sealed record RevokeGrant(Guid UserId, Guid GrantId) : ICommand;

internal sealed class RevokeGrantHandler(InventoryDbContext db, ShopScope scope) : IRequestHandler<RevokeGrant, Result>
{
    public async Task<Result> Handle(RevokeGrant c, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var grant = await db.Grants.FirstOrDefaultAsync(g => g.Id == c.GrantId && g.OwnerShopId == shop, ct);
        if (grant is null) return Error.NotFound();
        db.Grants.Remove(grant);
        return Result.Success();
    }
}
