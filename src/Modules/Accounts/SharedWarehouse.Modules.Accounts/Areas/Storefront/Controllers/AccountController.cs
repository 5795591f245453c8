using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Accounts.Domain;
using SharedWarehouse.Modules.Accounts.Features.SendSmsCode;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Accounts.Areas.Storefront.Controllers;

[Area("Storefront")]
[Route("account")]
public sealed class AccountController(ISender sender, SignInManager<AppUser> signIn, UserManager<AppUser> users) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!MainlandMobile.IsValid(input.Phone)) ModelState.AddModelError(nameof(input.Phone), L("请输入 11 位大陆手机号"));
        if (string.IsNullOrEmpty(input.Password)) ModelState.AddModelError(nameof(input.Password), L("请输入密码"));
        if (!ModelState.IsValid) return View(input);

        var outcome = await signIn.PasswordSignInAsync(MainlandMobile.Normalize(input.Phone), input.Password, input.RememberMe, lockoutOnFailure: true);
        if (outcome.Succeeded) return LocalRedirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl : "/");
        ModelState.AddModelError("", outcome.IsLockedOut ? L("登录失败次数过多，账号已锁定 15 分钟，可通过短信重置密码立即解锁") : L("手机号或密码不正确"));
        return View(input);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return Redirect("/");
    }

    /// Re-issues the cookie so roles granted meanwhile (e.g. MerchantOwner on approval) apply at once.
    [Authorize]
    [HttpPost("refresh")]
    public async Task<IActionResult> Refresh(string? returnUrl)
    {
        var user = await users.GetUserAsync(User);
        if (user is not null) await signIn.RefreshSignInAsync(user);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    [HttpGet("denied")]
    public IActionResult Denied() => View();

    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterInput());

    [HttpPost("register/send-code")]
    public Task<IActionResult> SendRegisterCode(RegisterInput input, CancellationToken ct) =>
        SendCodeAsync(input.Phone, SmsPurpose.Register, "Register", input, ct);

    [HttpPost("register")]
    public async Task<IActionResult> Register(RegisterInput input, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(), ct);
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return View(Blanked(input));
        }
        var user = await users.FindByIdAsync(result.Value.ToString());
        await signIn.SignInAsync(user!, isPersistent: false);
        this.Flash("注册成功，欢迎来到共享仓超");
        return Redirect("/");
    }

    [HttpGet("forgot")]
    public IActionResult Forgot() => View(new ResetInput());

    [HttpPost("forgot/send-code")]
    public Task<IActionResult> SendResetCode(ResetInput input, CancellationToken ct) =>
        SendCodeAsync(input.Phone, SmsPurpose.ResetPassword, "Forgot", input, ct);

    [HttpPost("forgot")]
    public async Task<IActionResult> Forgot(ResetInput input, CancellationToken ct)
    {
        var result = await sender.Send(input.ToCommand(), ct);
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            input.Password = input.ConfirmPassword = "";
            return View(input);
        }
        this.Flash("密码已重置，请用新密码登录");
        return Redirect("/account/login");
    }

    private async Task<IActionResult> SendCodeAsync(string phone, SmsPurpose purpose, string view, object input, CancellationToken ct)
    {
        var result = await sender.Send(new SendSmsCode(phone, purpose), ct);
        // The form comes back with everything typed so far; only the validation state is reset so the
        // other fields are not flagged before the user has finished them.
        ModelState.Clear();
        if (result.IsFailure) ModelState.AddResultErrors(result);
        else ViewData["CodeSent"] = true;
        return View(view, input is RegisterInput r ? Blanked(r) : input);
    }

    private static RegisterInput Blanked(RegisterInput input)
    {
        input.Password = input.ConfirmPassword = "";
        return input;
    }

    private static string L(string key) => BuildingBlocks.Localization.TextCatalog.Translate(key);
}
