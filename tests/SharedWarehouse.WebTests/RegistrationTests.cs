using System.Globalization;
using System.Net;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class RegistrationTests(SharedWarehouseFactory factory)
{
    private static readonly CultureInfo English = new("en-US");

    [Fact]
    public async Task A_buyer_registers_through_the_form_and_the_layout_then_shows_the_signed_in_phone()
    {
        var visitor = factory.NewVisitor();
        var phone = NewPhone();

        var form = await visitor.GetAsync("/account/register");
        form.Status.ShouldBe(HttpStatusCode.OK);
        form.TestId("signed-in-as").ShouldBeNull();
        var sent = await visitor.PostAsync("/account/register/send-code", [F("Phone", phone), F("DisplayName", "小明")],
            form.Token("/account/register"));
        sent.Status.ShouldBe(HttpStatusCode.OK);
        sent.TestId("code-sent").ShouldNotBeNull();
        sent.InputValue("Phone").ShouldBe(phone);
        sent.InputValue("DisplayName").ShouldBe("小明");
        var code = factory.LatestSmsCode(phone);
        code.Length.ShouldBe(6);

        var registered = await visitor.PostAsync("/account/register",
        [
            F("Phone", phone), F("SmsCode", code), F("Password", Password), F("ConfirmPassword", Password),
            F("RegionCode", District), F("DisplayName", "小明"),
        ], sent.Token("/account/register"));

        registered.Status.ShouldBe(HttpStatusCode.Redirect, registered.ToString());
        registered.Location.ShouldBe("/");
        visitor.HasCookie("sw.auth").ShouldBeTrue();
        var home = await visitor.FollowAsync(registered);
        home.Status.ShouldBe(HttpStatusCode.OK);
        home.TestId("signed-in-as").ShouldBe(SharedWarehouse.SharedKernel.Identity.MainlandMobile.Mask(phone));
        home.TestId("flash").ShouldBe("注册成功，欢迎来到共享仓超");

        // The code is used up, and the number cannot be registered again.
        var again = factory.NewVisitor();
        var replay = await again.SubmitAsync("/account/register", "/account/register",
        [
            F("Phone", phone), F("SmsCode", code), F("Password", Password), F("ConfirmPassword", Password), F("RegionCode", District),
        ]);
        replay.Status.ShouldBe(HttpStatusCode.OK);
        replay.FieldError("SmsCode").ShouldBe("请先获取验证码");
        replay.TestId("signed-in-as").ShouldBeNull();
        var resend = await again.PostAsync("/account/register/send-code", [F("Phone", phone)], replay.Token("/account/register"));
        resend.FieldError("Phone").ShouldBe("该手机号已注册，请直接登录");
        resend.TestId("code-sent").ShouldBeNull();
    }

    [Fact]
    public async Task A_wrong_sms_code_is_shown_next_to_the_code_field_and_nobody_is_signed_in()
    {
        var visitor = factory.NewVisitor();
        var phone = NewPhone();
        var sent = await visitor.SubmitAsync("/account/register", "/account/register", [F("Phone", phone)], postTo: "/account/register/send-code");
        var wrong = factory.LatestSmsCode(phone) == "000000" ? "111111" : "000000";

        var answer = await visitor.PostAsync("/account/register",
        [
            F("Phone", phone), F("SmsCode", wrong), F("Password", Password), F("ConfirmPassword", Password), F("RegionCode", District),
        ], sent.Token("/account/register"));

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.FieldError("SmsCode").ShouldBe("验证码不正确");
        answer.InputValue("Phone").ShouldBe(phone);
        visitor.HasCookie("sw.auth").ShouldBeFalse();
    }

    [Fact]
    public async Task Bad_registration_input_keeps_what_was_typed_and_shows_messages_next_to_the_fields()
    {
        var page = await PostBadRegistrationAsync(factory.NewVisitor());

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.DocumentElement.GetAttribute("lang").ShouldBe("zh-CN");
        page.FieldError("Phone").ShouldBe("请输入 11 位大陆手机号");
        page.FieldError("ConfirmPassword").ShouldBe("两次输入的密码不一致");
        page.FieldError("SmsCode").ShouldBe("请输入短信验证码");
        page.FieldError("Password").ShouldBeNull();
        page.FieldError("DisplayName").ShouldBeNull();
        page.FieldError("RegionCode").ShouldBeNull();
        page.InputValue("Phone").ShouldBe("1380013");
        page.InputValue("DisplayName").ShouldBe("小明的店");
        page.InputValue("RegionCode").ShouldBe(District);
        PasswordInputsAreEmpty(page);
        page.TestId("signed-in-as").ShouldBeNull();
    }

    [Fact]
    public async Task Bad_registration_input_shows_the_messages_in_English_when_the_culture_cookie_asks_for_it()
    {
        var visitor = factory.NewVisitor();
        visitor.SetCookie(".AspNetCore.Culture", Uri.EscapeDataString("c=en-US|uic=en-US"));

        var page = await PostBadRegistrationAsync(visitor);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.DocumentElement.GetAttribute("lang").ShouldBe("en-US");
        // Confirmed translated in the Accounts module's i18n.en-US.json: must not fall back to Chinese.
        page.FieldError("ConfirmPassword").ShouldNotBe("两次输入的密码不一致");
        page.FieldError("ConfirmPassword").ShouldNotBeNullOrWhiteSpace();
        ShowsInEnglish(page.FieldError("Phone"), "请输入 11 位大陆手机号");
        ShowsInEnglish(page.FieldError("ConfirmPassword"), "两次输入的密码不一致");
        ShowsInEnglish(page.FieldError("SmsCode"), "请输入短信验证码");
        page.InputValue("Phone").ShouldBe("1380013");
        page.InputValue("DisplayName").ShouldBe("小明的店");
        PasswordInputsAreEmpty(page);
    }

    /// The message is the catalog's en-US text for the key; where a translation exists it is not the Chinese key.
    private static void ShowsInEnglish(string? shown, string key)
    {
        var english = TextCatalog.Translate(key, English);
        shown.ShouldBe(english);
        if (english != key) (shown ?? "").ShouldNotContain(key);
    }

    private static async Task<Page> PostBadRegistrationAsync(Visitor visitor) =>
        await visitor.SubmitAsync("/account/register", "/account/register",
        [
            F("Phone", "1380013"), F("SmsCode", ""), F("Password", "Secret123"), F("ConfirmPassword", "Secret124"),
            F("RegionCode", District), F("DisplayName", "小明的店"),
        ]);

    private static void PasswordInputsAreEmpty(Page page)
    {
        foreach (var name in new[] { "Password", "ConfirmPassword" })
        {
            var input = page.Document.QuerySelector($"input[name='{name}']");
            input.ShouldNotBeNull();
            input.GetAttribute("type").ShouldBe("password");
            (input.GetAttribute("value") ?? "").ShouldBeEmpty();
        }
        page.Html.ShouldNotContain("Secret123");
        page.Html.ShouldNotContain("Secret124");
    }
}
