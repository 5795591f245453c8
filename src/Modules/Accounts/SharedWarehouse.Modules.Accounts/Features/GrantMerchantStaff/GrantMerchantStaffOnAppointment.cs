using Microsoft.AspNetCore.Identity;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Accounts.Data;

namespace SharedWarehouse.Modules.Accounts.Features.GrantMerchantStaff;

/// A new team member gets the staff role. Like the owner role (GrantMerchantOwnerOnApproval) the stamp is left
/// unchanged, so the role reaches the cookie at the next validation without signing the person out. What the
/// member may do in the shop is not a role here: Merchants answers it per request (IShopAccess).
internal sealed class GrantMerchantStaffOnAppointment(UserManager<AppUser> users) : IIntegrationEventHandler<MerchantStaffAppointed>
{
    public async Task Handle(MerchantStaffAppointed appointed, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(appointed.UserId.ToString())
            ?? throw new InvalidOperationException($"Member {appointed.UserId} does not exist.");
        if (await users.IsInRoleAsync(user, Roles.MerchantStaff)) return;
        await users.AddToRoleAsync(user, Roles.MerchantStaff);
    }
}
