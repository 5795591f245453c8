using FluentValidation;
using Microsoft.AspNetCore.Identity;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Accounts.Domain;
using SharedWarehouse.Modules.Accounts.Sms;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Accounts.Features.ResetPassword;

public sealed record ResetPassword(string Phone, string SmsCode, string Password, string ConfirmPassword) : ICommand;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator(SmsCodes codes)
    {
        RuleFor(c => c.Phone).NotEmpty().WithText("请输入手机号").Must(MainlandMobile.IsValid).WithText("请输入 11 位大陆手机号");
        RuleFor(c => c.Password).NotEmpty().WithText("请输入密码").MinimumLength(8).WithText("密码至少 {MinLength} 位")
            .Matches("[A-Za-z]").WithText("密码须同时包含字母和数字").Matches("[0-9]").WithText("密码须同时包含字母和数字");
        RuleFor(c => c.ConfirmPassword).Equal(c => c.Password).WithText("两次输入的密码不一致");
        RuleFor(c => c.SmsCode).MustMatchSmsCode(codes, c => c.Phone, SmsPurpose.ResetPassword);
    }
}

internal sealed class ResetPasswordHandler(UserManager<AppUser> users, SmsCodes codes) : IRequestHandler<ResetPassword, Result>
{
    public async Task<Result> Handle(ResetPassword command, CancellationToken ct)
    {
        var phone = MainlandMobile.Normalize(command.Phone);
        var user = await users.FindByNameAsync(phone);
        if (user is null || !await codes.ConsumeAsync(phone, SmsPurpose.ResetPassword, ct))
            return Error.Validation(nameof(command.SmsCode), "验证码已失效，请重新获取");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, command.Password);
        if (!reset.Succeeded) return Result.Failure(reset.Errors.Select(e => Error.Validation(nameof(command.Password), e.Description)).ToArray());
        // A reset also lifts a lockout: the owner has just proved control of the phone.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return Result.Success();
    }
}
