using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Features.Team;

/// The owner withdraws an invitation nobody has answered yet (a wrong number, a change of mind).
public sealed record RevokeInvitation(Guid OwnerId, Guid InvitationId) : ICommand;

internal sealed class RevokeInvitationHandler(MerchantsDbContext db, IShopAccess access, TimeProvider time) : IRequestHandler<RevokeInvitation, Result>
{
    public async Task<Result> Handle(RevokeInvitation command, CancellationToken ct)
    {
        var shop = await access.ManagedShopAsync(command.OwnerId, ct);
        if (shop.IsFailure) return Result.Failure(shop.Errors);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == command.InvitationId && i.ShopId == shop.Value, ct);
        if (invitation is null) return Error.NotFound();
        return invitation.Revoke(command.OwnerId, time.GetUtcNow().UtcDateTime);
    }
}
