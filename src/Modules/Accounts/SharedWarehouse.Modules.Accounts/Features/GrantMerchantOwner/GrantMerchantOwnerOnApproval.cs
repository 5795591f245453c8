using Microsoft.AspNetCore.Identity;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Accounts.Data;

namespace SharedWarehouse.Modules.Accounts.Features.GrantMerchantOwner;

/// The applicant of an approved shop becomes its owner. The security stamp stays as it is: a changed stamp
/// signs the person out on every device at the next validation, which is right when a role is taken away but
/// not when one is granted. With the stamp unchanged the validator (every minute) re-reads the roles into the
/// cookie; /account/refresh does it at once.
internal sealed class GrantMerchantOwnerOnApproval(UserManager<AppUser> users) : IIntegrationEventHandler<MerchantOwnerAppointed>
{
    public async Task Handle(MerchantOwnerAppointed appointed, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(appointed.UserId.ToString())
            ?? throw new InvalidOperationException($"Applicant {appointed.UserId} does not exist.");
        if (!await users.IsInRoleAsync(user, Roles.MerchantOwner))
            await users.AddToRoleAsync(user, Roles.MerchantOwner);
    }
}
