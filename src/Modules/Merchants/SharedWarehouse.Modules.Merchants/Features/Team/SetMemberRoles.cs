using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Features.Team;

/// Replaces a member's built-in roles (none is allowed: the member stays on the team but may do nothing).
public sealed record SetMemberRoles(Guid OwnerId, Guid MemberId, IReadOnlyList<string> RoleKeys) : ICommand;

internal sealed class SetMemberRolesValidator : AbstractValidator<SetMemberRoles>
{
    public SetMemberRolesValidator() =>
        RuleFor(c => c.RoleKeys).Must(keys => keys is not null && keys.All(ShopRoles.Exists)).WithText("请选择有效的角色");
}

internal sealed class SetMemberRolesHandler(MerchantsDbContext db, IShopAccess access) : IRequestHandler<SetMemberRoles, Result>
{
    public async Task<Result> Handle(SetMemberRoles command, CancellationToken ct)
    {
        var shop = await access.ManagedShopAsync(command.OwnerId, ct);
        if (shop.IsFailure) return Result.Failure(shop.Errors);
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == command.MemberId && m.ShopId == shop.Value, ct);
        if (member is null) return Error.NotFound();
        return member.SetRoles(command.RoleKeys);
    }
}
