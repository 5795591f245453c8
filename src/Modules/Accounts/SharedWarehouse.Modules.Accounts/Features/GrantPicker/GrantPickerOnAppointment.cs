using Microsoft.AspNetCore.Identity;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Accounts.Data;

namespace SharedWarehouse.Modules.Accounts.Features.GrantPicker;

/// An appointed picker gets the picker role (the security stamp update puts it in the cookie at the next validation).
internal sealed class GrantPickerOnAppointment(UserManager<AppUser> users) : IIntegrationEventHandler<PickerAppointed>
{
    public async Task Handle(PickerAppointed appointed, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(appointed.UserId.ToString())
            ?? throw new InvalidOperationException($"Picker {appointed.UserId} does not exist.");
        if (await users.IsInRoleAsync(user, Roles.Picker)) return;
        await users.AddToRoleAsync(user, Roles.Picker);
        await users.UpdateSecurityStampAsync(user);
    }
}
