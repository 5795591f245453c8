using Microsoft.AspNetCore.Identity;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Merchants.Contracts;

namespace SharedWarehouse.Modules.Accounts.Features.GrantMerchantOwner;

/// The applicant of an approved shop becomes its owner. Updating the security stamp makes the role show
/// up in the applicant's cookie at the next validation (or at once through /account/refresh).
internal sealed class GrantMerchantOwnerOnApproval(UserManager<AppUser> users) : IIntegrationEventHandler<MerchantApplicationApproved>
{
    public async Task Handle(MerchantApplicationApproved approved, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(approved.ApplicantId.ToString())
            ?? throw new InvalidOperationException($"Applicant {approved.ApplicantId} does not exist.");
        if (!await users.IsInRoleAsync(user, Roles.MerchantOwner))
            await users.AddToRoleAsync(user, Roles.MerchantOwner);
        await users.UpdateSecurityStampAsync(user);
    }
}
