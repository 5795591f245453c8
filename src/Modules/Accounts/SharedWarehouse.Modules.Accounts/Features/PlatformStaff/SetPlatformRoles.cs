using FluentValidation;
using Microsoft.AspNetCore.Identity;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Accounts.Features.PlatformStaff;

/// The super admin sets which console roles (Reviewer, CustomerService, Operations, Finance, Risk) an account holds:
/// an empty set takes them all away. The super admin role itself is never granted or taken here, so the first
/// admin stays super admin. A grant reaches the person's cookie at the next stamp check without signing them out;
/// a role taken away renews the stamp, so their session ends within that minute rather than keeping the role.
public sealed record SetPlatformRoles(Guid ActorId, string? Phone, IReadOnlyList<string> Roles) : ICommand;

internal sealed class SetPlatformRolesValidator : AbstractValidator<SetPlatformRoles>
{
    public SetPlatformRolesValidator()
    {
        RuleFor(c => c.Phone).Must(MainlandMobile.IsValid).WithText("请输入正确的手机号");
        RuleFor(c => c.Roles).Must(roles => roles is not null && roles.All(r => BuildingBlocks.Web.Roles.AdminSubRoles.Contains(r)))
            .WithText("请选择有效的角色");
    }
}

internal sealed class SetPlatformRolesHandler(UserManager<AppUser> users) : IRequestHandler<SetPlatformRoles, Result>
{
    public async Task<Result> Handle(SetPlatformRoles command, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(MainlandMobile.Normalize(command.Phone!));
        if (user is null) return Error.Validation(nameof(command.Phone), "该手机号还没有注册，请对方先注册");
        if (user.Id == command.ActorId) return Error.Validation(nameof(command.Phone), "不能修改自己的角色");
        var held = await users.GetRolesAsync(user);
        if (held.Contains(Roles.Admin)) return Error.Validation(nameof(command.Phone), "超级管理员拥有全部权限，无需分配");
        var wanted = command.Roles.Distinct().ToList();
        var toAdd = wanted.Except(held).ToList();
        var toRemove = Roles.AdminSubRoles.Intersect(held).Except(wanted).ToList();
        if (toAdd.Count > 0) Check(await users.AddToRolesAsync(user, toAdd));
        if (toRemove.Count > 0)
        {
            Check(await users.RemoveFromRolesAsync(user, toRemove));
            Check(await users.UpdateSecurityStampAsync(user));
        }
        return Result.Success();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
