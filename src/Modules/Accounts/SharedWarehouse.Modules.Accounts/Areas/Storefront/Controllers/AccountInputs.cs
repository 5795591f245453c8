using SharedWarehouse.Modules.Accounts.Features.RegisterBuyer;
using SharedWarehouse.Modules.Accounts.Features.ResetPassword;

namespace SharedWarehouse.Modules.Accounts.Areas.Storefront.Controllers;

// Purpose-made form models: only these fields bind, whatever else a request carries.

public sealed class LoginInput
{
    public string Phone { get; set; } = "";
    public string Password { get; set; } = "";
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class RegisterInput
{
    public string Phone { get; set; } = "";
    public string SmsCode { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public string? DisplayName { get; set; }

    internal RegisterBuyer ToCommand() => new(Phone, SmsCode, Password, ConfirmPassword, RegionCode, DisplayName);
}

public sealed class ResetInput
{
    public string Phone { get; set; } = "";
    public string SmsCode { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";

    internal ResetPassword ToCommand() => new(Phone, SmsCode, Password, ConfirmPassword);
}
