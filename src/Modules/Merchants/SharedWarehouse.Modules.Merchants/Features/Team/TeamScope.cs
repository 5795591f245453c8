using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Features.Team;

internal static class TeamScope
{
    /// The shop whose team this user may manage: the one they act for, when they hold the team permission.
    /// Members are then loaded by id AND this shop, so another shop's member is simply not found.
    public static async Task<Result<Guid>> ManagedShopAsync(this IShopAccess access, Guid userId, CancellationToken ct)
    {
        var acting = await access.ActingAsync(userId, ct);
        if (acting is null) return Error.NotFound();
        if (!acting.Can(ShopPermissions.Team)) return Error.Forbidden("只有店主可以管理团队");
        return acting.ShopId;
    }

    /// An invitation sent to this person's own number, or null. Someone else's is "not found", not "forbidden":
    /// its existence is none of their business.
    public static async Task<ShopInvitation?> OwnInvitationAsync(this MerchantsDbContext db, IAccountDirectory accounts, Guid userId,
        Guid invitationId, CancellationToken ct)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId, ct);
        return invitation is not null && await accounts.FindIdByPhoneAsync(invitation.Phone, ct) == userId ? invitation : null;
    }
}
