using Microsoft.AspNetCore.Identity;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Accounts.Data;

namespace SharedWarehouse.Modules.Accounts.Features.GrantPicker;

/// An appointed picker gets the picker role. Like the owner role on approval (GrantMerchantOwnerOnApproval), it
/// reaches the cookie at the next stamp validation without signing the picker out: the stamp is left unchanged.
internal sealed class GrantPickerOnAppointment(UserManager<AppUser> users) : IIntegrationEventHandler<PickerAppointed>
{
    public async Task Handle(PickerAppointed appointed, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(appointed.UserId.ToString())
            ?? throw new InvalidOperationException($"Picker {appointed.UserId} does not exist.");
        if (await users.IsInRoleAsync(user, Roles.Picker)) return;
        await users.AddToRoleAsync(user, Roles.Picker);
    }
}
