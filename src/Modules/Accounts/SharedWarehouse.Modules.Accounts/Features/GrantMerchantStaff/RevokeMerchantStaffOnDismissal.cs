using Microsoft.AspNetCore.Identity;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Accounts.Data;

namespace SharedWarehouse.Modules.Accounts.Features.GrantMerchantStaff;

/// Off the last team: the staff role goes (the cookie loses it at the next validation). Access itself was already
/// gone on the removal's next request, since Merchants answers it per request; this only tidies the menus.
internal sealed class RevokeMerchantStaffOnDismissal(UserManager<AppUser> users) : IIntegrationEventHandler<MerchantStaffDismissed>
{
    public async Task Handle(MerchantStaffDismissed dismissed, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(dismissed.UserId.ToString());
        if (user is null || !await users.IsInRoleAsync(user, Roles.MerchantStaff)) return;
        await users.RemoveFromRoleAsync(user, Roles.MerchantStaff);
    }
}
