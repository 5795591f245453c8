using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Dropship.Features.Settings;

/// Adds a registered account (found by its mobile) to a team; Accounts grants it the picker role (PickerAppointed).
/// A person picks for one team only.
public sealed record AddPicker(Guid? TeamShopId, string? Name, string? Phone) : ICommand<Guid>;

internal sealed class AddPickerHandler(DropshipDbContext db, IAccountDirectory accounts) : IRequestHandler<AddPicker, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(AddPicker c, CancellationToken ct)
    {
        if (!MainlandMobile.IsValid(c.Phone)) return Error.Validation("Phone", "请填写正确的手机号");
        var userId = await accounts.FindIdByPhoneAsync(MainlandMobile.Normalize(c.Phone!), ct);
        if (userId is null) return Error.Validation("Phone", "该手机号还没有注册账号");
        var existing = await db.Pickers.FirstOrDefaultAsync(p => p.UserId == userId, ct);
        if (existing is { Active: true }) return Error.Validation("Phone", "该账号已是拣货员");
        // Someone who left a team (deactivated there) may join another one: the old membership goes.
        if (existing is not null) db.Pickers.Remove(existing);
        var picker = Picker.Add(userId.Value, c.TeamShopId, c.Name ?? "", c.Phone!, db.Now());
        if (picker.IsFailure) return Result<Guid>.Failure(picker.Errors);
        db.Pickers.Add(picker.Value);
        db.Publish(new PickerAppointed(Guid.CreateVersion7(), userId.Value));
        return picker.Value.Id;
    }
}
