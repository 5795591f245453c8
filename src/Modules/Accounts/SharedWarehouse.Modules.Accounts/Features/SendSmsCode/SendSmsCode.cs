using FluentValidation;
using Microsoft.AspNetCore.Identity;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Accounts.Domain;
using SharedWarehouse.Modules.Accounts.Sms;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Accounts.Features.SendSmsCode;

public sealed record SendSmsCode(string Phone, SmsPurpose Purpose) : ICommand;

internal sealed class SendSmsCodeValidator : AbstractValidator<SendSmsCode>
{
    public SendSmsCodeValidator()
    {
        RuleFor(c => c.Phone).NotEmpty().WithText("请输入手机号")
            .Must(MainlandMobile.IsValid).WithText("请输入 11 位大陆手机号");
    }
}

internal sealed class SendSmsCodeHandler(SmsCodes codes, UserManager<AppUser> users) : IRequestHandler<SendSmsCode, Result>
{
    public async Task<Result> Handle(SendSmsCode command, CancellationToken ct)
    {
        var phone = MainlandMobile.Normalize(command.Phone);
        var registered = await users.FindByNameAsync(phone) is not null;
        if (command.Purpose == SmsPurpose.Register && registered)
            return Error.Validation(nameof(command.Phone), "该手机号已注册，请直接登录");
        // For a password reset an unknown number gets the same answer as a known one: the form must
        // not tell strangers who has an account.
        if (command.Purpose == SmsPurpose.ResetPassword && !registered) return Result.Success();
        return await codes.SendAsync(phone, command.Purpose, ct);
    }
}
