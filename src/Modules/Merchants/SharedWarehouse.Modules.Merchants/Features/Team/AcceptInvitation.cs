using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Features.Team;

/// The signed-in person accepts an invitation sent to their own number and joins the team without roles; the
/// staff role (Accounts) follows through the outbox in this transaction. The new shop becomes the acting one
/// only for someone who acts for none yet: joining a second team does not pull a person out of the first.
public sealed record AcceptInvitation(Guid UserId, Guid InvitationId) : ICommand;

internal sealed class AcceptInvitationHandler(MerchantsDbContext db, IAccountDirectory accounts, TimeProvider time)
    : IRequestHandler<AcceptInvitation, Result>
{
    public async Task<Result> Handle(AcceptInvitation command, CancellationToken ct)
    {
        if (await db.OwnInvitationAsync(accounts, command.UserId, command.InvitationId, ct) is not { } invitation) return Error.NotFound();
        if (await db.Members.AnyAsync(m => m.ShopId == invitation.ShopId && m.UserId == command.UserId, ct))
            return Error.Conflict("您已是该店铺的成员");
        var now = time.GetUtcNow().UtcDateTime;
        var accepted = invitation.Accept(command.UserId, now);
        if (accepted.IsFailure) return accepted;
        var actsForAShop = await db.Members.AnyAsync(m => m.UserId == command.UserId && m.IsCurrent, ct);
        db.Members.Add(ShopMember.Staff(invitation.ShopId, command.UserId, isCurrent: !actsForAShop, now));
        db.Publish(new MerchantStaffAppointed(Guid.CreateVersion7(), command.UserId, invitation.ShopId));
        return Result.Success();
    }
}
