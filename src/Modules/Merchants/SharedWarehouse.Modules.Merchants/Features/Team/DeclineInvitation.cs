using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Features.Team;

/// The person the invitation was sent to says no; it is closed for good (the owner may invite again).
public sealed record DeclineInvitation(Guid UserId, Guid InvitationId) : ICommand;

internal sealed class DeclineInvitationHandler(MerchantsDbContext db, IAccountDirectory accounts, TimeProvider time)
    : IRequestHandler<DeclineInvitation, Result>
{
    public async Task<Result> Handle(DeclineInvitation command, CancellationToken ct)
    {
        if (await db.OwnInvitationAsync(accounts, command.UserId, command.InvitationId, ct) is not { } invitation) return Error.NotFound();
        return invitation.Decline(command.UserId, time.GetUtcNow().UtcDateTime);
    }
}
