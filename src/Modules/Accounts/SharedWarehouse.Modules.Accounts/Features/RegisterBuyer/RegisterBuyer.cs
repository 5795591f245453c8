using FluentValidation;
using Microsoft.AspNetCore.Identity;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Accounts.Domain;
using SharedWarehouse.Modules.Accounts.Sms;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Accounts.Features.RegisterBuyer;

public sealed record RegisterBuyer(string Phone, string SmsCode, string Password, string ConfirmPassword, string RegionCode, string? DisplayName)
    : ICommand<Guid>;

internal sealed class RegisterBuyerValidator : AbstractValidator<RegisterBuyer>
{
    public RegisterBuyerValidator(IRegionCatalog regions, SmsCodes codes)
    {
        RuleFor(c => c.Phone).NotEmpty().WithText("请输入手机号").Must(MainlandMobile.IsValid).WithText("请输入 11 位大陆手机号");
        RuleFor(c => c.RegionCode).Must(regions.IsDistrict).WithText("请选择所在省、市、区");
        RuleFor(c => c.DisplayName).MaximumLength(30).WithText("昵称最多 {MaxLength} 个字");
        RuleFor(c => c.Password).NotEmpty().WithText("请输入密码").MinimumLength(8).WithText("密码至少 {MinLength} 位")
            .Matches("[A-Za-z]").WithText("密码须同时包含字母和数字").Matches("[0-9]").WithText("密码须同时包含字母和数字");
        RuleFor(c => c.ConfirmPassword).Equal(c => c.Password).WithText("两次输入的密码不一致");
        RuleFor(c => c.SmsCode).MustMatchSmsCode(codes, c => c.Phone, SmsPurpose.Register);
    }
}

internal sealed class RegisterBuyerHandler(UserManager<AppUser> users, SmsCodes codes, TimeProvider time) : IRequestHandler<RegisterBuyer, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(RegisterBuyer command, CancellationToken ct)
    {
        var phone = MainlandMobile.Normalize(command.Phone);
        if (await users.FindByNameAsync(phone) is not null)
            return Error.Validation(nameof(command.Phone), "该手机号已注册，请直接登录");
        if (!await codes.ConsumeAsync(phone, SmsPurpose.Register, ct))
            return Error.Validation(nameof(command.SmsCode), "验证码已失效，请重新获取");

        var user = new AppUser
        {
            UserName = phone, PhoneNumber = phone, PhoneNumberConfirmed = true, RegionCode = command.RegionCode,
            DisplayName = string.IsNullOrWhiteSpace(command.DisplayName) ? MainlandMobile.Mask(phone) : command.DisplayName.Trim(),
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, command.Password);
        if (!created.Succeeded) return Result<Guid>.Failure(created.Errors.Select(e => Error.Validation(nameof(command.Password), e.Description)).ToArray());
        await users.AddToRoleAsync(user, Roles.Buyer);
        return user.Id;
    }
}
