using Microsoft.AspNetCore.Identity;
using SharedWarehouse.BuildingBlocks.Localization;

namespace SharedWarehouse.Modules.Accounts.Data;

/// Identity's own messages, in the user's language, for the few rules our validators do not catch first.
internal sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    private static IdentityError Make(string code, string zh) => new() { Code = code, Description = TextCatalog.Translate(zh) };

    public override IdentityError DuplicateUserName(string userName) => Make(nameof(DuplicateUserName), "该手机号已注册，请直接登录");
    public override IdentityError PasswordTooShort(int length) => Make(nameof(PasswordTooShort), "密码至少 8 位");
    public override IdentityError PasswordRequiresDigit() => Make(nameof(PasswordRequiresDigit), "密码须同时包含字母和数字");
    public override IdentityError PasswordRequiresLower() => Make(nameof(PasswordRequiresLower), "密码须同时包含字母和数字");
    public override IdentityError InvalidToken() => Make(nameof(InvalidToken), "验证码已失效，请重新获取");
    public override IdentityError DefaultError() => Make(nameof(DefaultError), "操作失败，请重试");
}
