using Microsoft.AspNetCore.Identity;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Accounts.Features.GrantMerchantOwner;

/// The applicant of an approved shop becomes its owner. The security stamp stays as it is: a changed stamp
/// signs the person out on every device at the next validation, which is right when a role is taken away but
/// not when one is granted. With the stamp unchanged the validator (every minute) re-reads the roles into the
/// cookie; /account/refresh does it at once.
internal sealed class GrantMerchantOwnerOnApproval(UserManager<AppUser> users) : IIntegrationEventHandler<MerchantApplicationApproved>
{
    public async Task Handle(MerchantApplicationApproved approved, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(approved.ApplicantId.ToString())
            ?? throw new InvalidOperationException($"Applicant {approved.ApplicantId} does not exist.");
        if (!await users.IsInRoleAsync(user, Roles.MerchantOwner))
            await users.AddToRoleAsync(user, Roles.MerchantOwner);
    }
}
