using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class LoginTests(SharedWarehouseFactory factory)
{
    private const string LockedOut = "登录失败次数过多，账号已锁定 15 分钟，可通过短信重置密码立即解锁";
    private const string WrongPassword = "手机号或密码不正确";

    [Fact]
    public async Task Bad_login_input_shows_messages_and_keeps_the_phone()
    {
        var visitor = factory.NewVisitor();

        var invalid = await visitor.SubmitAsync("/account/login", "/account/login", [F("Phone", "12345"), F("Password", "")]);

        invalid.Status.ShouldBe(HttpStatusCode.OK);
        invalid.FieldError("Phone").ShouldBe("请输入 11 位大陆手机号");
        invalid.FieldError("Password").ShouldBe("请输入密码");
        invalid.InputValue("Phone").ShouldBe("12345");

        var unknown = await visitor.SubmitAsync("/account/login", "/account/login", [F("Phone", NewPhone()), F("Password", "Whatever123")]);
        unknown.Status.ShouldBe(HttpStatusCode.OK);
        unknown.SummaryErrors.ShouldBe([WrongPassword]);
        visitor.HasCookie("sw.auth").ShouldBeFalse();
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_until_a_password_reset_by_sms_lifts_the_lock()
    {
        var phone = (await factory.BuyerAsync()).Phone!;
        var visitor = factory.NewVisitor();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await visitor.SignInAsync(phone, "Wrong" + attempt + "pass");
            wrong.Status.ShouldBe(HttpStatusCode.OK);
            wrong.SummaryErrors.ShouldBe([WrongPassword], $"attempt {attempt}");
        }
        var fifth = await visitor.SignInAsync(phone, "Wrong5pass");
        fifth.SummaryErrors.ShouldBe([LockedOut]);

        var rightButLocked = await visitor.SignInAsync(phone, Password);
        rightButLocked.Status.ShouldBe(HttpStatusCode.OK);
        rightButLocked.SummaryErrors.ShouldBe([LockedOut]);
        rightButLocked.InputValue("Phone").ShouldBe(phone);
        visitor.HasCookie("sw.auth").ShouldBeFalse();

        // Reset by SMS: a wrong code first, then the right one.
        var sent = await visitor.SubmitAsync("/account/forgot", "/account/forgot", [F("Phone", phone)], postTo: "/account/forgot/send-code");
        sent.Status.ShouldBe(HttpStatusCode.OK);
        sent.TestId("code-sent").ShouldNotBeNull();
        var code = factory.LatestSmsCode(phone);
        const string newPassword = "NewSecret456";
        var badCode = await visitor.PostAsync("/account/forgot",
            [F("Phone", phone), F("SmsCode", code == "000000" ? "111111" : "000000"), F("Password", newPassword), F("ConfirmPassword", newPassword)],
            sent.Token("/account/forgot"));
        badCode.Status.ShouldBe(HttpStatusCode.OK);
        badCode.FieldError("SmsCode").ShouldBe("验证码不正确");
        badCode.InputValue("Phone").ShouldBe(phone);

        var reset = await visitor.PostAsync("/account/forgot",
            [F("Phone", phone), F("SmsCode", code), F("Password", newPassword), F("ConfirmPassword", newPassword)],
            badCode.Token("/account/forgot"));
        reset.Status.ShouldBe(HttpStatusCode.Redirect, reset.ToString());
        reset.Location.ShouldBe("/account/login");
        (await visitor.FollowAsync(reset)).TestId("flash").ShouldBe("密码已重置，请用新密码登录");

        (await visitor.SignInAsync(phone, Password)).SummaryErrors.ShouldBe([WrongPassword]);
        var signedIn = await visitor.SignInAsync(phone, newPassword);
        signedIn.Status.ShouldBe(HttpStatusCode.Redirect, signedIn.ToString());
        signedIn.Location.ShouldBe("/");
        (await visitor.FollowAsync(signedIn)).TestId("signed-in-as").ShouldBe(SharedWarehouse.SharedKernel.Identity.MainlandMobile.Mask(phone));
    }

    [Fact]
    public async Task A_password_reset_request_for_an_unknown_number_looks_the_same_and_sends_nothing()
    {
        var visitor = factory.NewVisitor();
        var phone = NewPhone();

        var sent = await visitor.SubmitAsync("/account/forgot", "/account/forgot", [F("Phone", phone)], postTo: "/account/forgot/send-code");

        sent.Status.ShouldBe(HttpStatusCode.OK);
        sent.TestId("code-sent").ShouldNotBeNull();
        factory.Sms.LatestCodeFor(phone).ShouldBeNull();
    }

    [Fact]
    public async Task Sign_in_redirects_only_to_local_return_urls()
    {
        var visitor = factory.NewVisitor();
        var page = await visitor.GetAsync("/account/login");
        var outside = await visitor.PostAsync("/account/login",
        [
            F("Phone", SharedWarehouseFactory.AdminPhone), F("Password", SharedWarehouseFactory.AdminPassword),
            F("ReturnUrl", "https://evil.example/phish"),
        ], page.Token("/account/login"));

        outside.Status.ShouldBe(HttpStatusCode.Redirect);
        outside.Location.ShouldBe("/");
    }
}
