using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SharedWarehouse.BrowserTests.Infrastructure;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests;

/// A new buyer's way to an open shop, in a real browser against the real app: register on a phone, apply,
/// get rejected, fix and resubmit, get approved, read the inbox, enter the back office.
public sealed class OnboardingFlowTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string Password = "Secret123";
    private const string WrongCheckDigitId = "110105194912310021";
    private const string ValidId = "11010519491231002X";
    private const string MaskedId = "110***********002X";
    private const string XihuDistrict = "330106"; // 浙江省 杭州市 西湖区

    private static readonly BrowserNewContextOptions Phone = new()
    {
        ViewportSize = new() { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true,
    };

    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new() { Width = 1280, Height = 900 } };

    static OnboardingFlowTests() => SetDefaultExpectTimeout(Patience.PageMilliseconds);

    [Fact]
    public async Task Buyer_registers_applies_is_rejected_resubmits_is_approved_and_enters_the_back_office()
    {
        await using var run = new Scenario(fixture, "onboarding", output);
        var phone = "135" + Random.Shared.Next(0, 100_000_000).ToString("D8");
        var shopName = "浏览器测试店" + Guid.NewGuid().ToString("N")[..6];
        const string reason = "经营范围请写明具体品类";
        const string newScope = "白酒、葡萄酒、休闲食品";
        using var uploads = new TempDirectory("sw-browser-uploads-");
        var licensePng = WritePng(uploads, "license.png", 30, 120, 200);
        var idPng = WritePng(uploads, "id-card.png", 200, 60, 40);
        var buyer = await run.NewActorAsync("buyer", Phone);
        var admin = await run.NewActorAsync("admin", Desktop);
        var b = buyer.Page;
        var a = admin.Page;

        await run.RunAsync(async () =>
        {
            // 1. Registration, on a phone-sized screen.
            run.Log($"buyer {phone} registers");
            await b.GotoAsync(run.Url("/account/register"));
            await Expect(b.Locator("h1")).ToHaveTextAsync("注册买家账号");
            await b.Field("Phone").FillAsync(phone);
            await b.TestId("send-code").ClickAsync();
            await Expect(b.TestId("code-sent")).ToBeVisibleAsync();
            await Expect(b.Field("Phone")).ToHaveValueAsync(phone);
            var code = await buyer.Context.ReadSmsCodeAsync(run.BaseUrl, phone, sms => run.ShotAsync(sms, "sms-simulator"));
            code.ShouldBe(fixture.App.Sms.LatestCodeFor(phone), "the page and the simulator disagree on the code");
            await b.Field("SmsCode").FillAsync(code);
            var region = await b.RegionPicker("所在地区").PickRegionAsync("浙江省", "杭州市", "西湖区");
            region.ShouldBe(XihuDistrict);
            await b.Field("DisplayName").FillAsync("新买家" + phone[^4..]);
            await b.Field("Password").FillAsync(Password);
            await b.Field("ConfirmPassword").FillAsync(Password);
            await run.ShotAsync(b, "register-filled-phone");
            await b.TestId("register").ClickAsync();
            await Expect(b).ToHaveURLAsync(run.Url("/"));
            await Expect(b.TestId("flash")).ToContainTextAsync("注册成功");
            // On a phone the navigation is behind the menu button.
            await Expect(b.TestId("signed-in-as")).ToBeHiddenAsync();
            await b.Locator(".navbar-toggler").ClickAsync();
            await Expect(b.TestId("signed-in-as")).ToBeVisibleAsync();
            await Expect(b.TestId("signed-in-as")).ToHaveTextAsync(SharedWarehouse.SharedKernel.Identity.MainlandMobile.Mask(phone));
            await run.ShotAsync(b, "registered-home-phone-menu");

            // 2. The application, on a desktop screen from here on; first with a wrong ID check digit.
            await b.SetViewportSizeAsync(1280, 900);
            run.Log("buyer applies to open a shop");
            await b.TestId("open-shop").ClickAsync();
            await Expect(b).ToHaveURLAsync(run.Url("/merchant-application/edit"));
            await b.Field("ShopName").FillAsync(shopName);
            await b.Field("ShopType").SelectOptionAsync(new SelectOptionValue { Label = "旗舰店" });
            await b.Field("BusinessScope").FillAsync("酒水、食品");
            (await b.RegionPicker("店铺所在地区").PickRegionAsync("浙江省", "杭州市", "西湖区")).ShouldBe(XihuDistrict);
            await b.Field("LegalPersonName").FillAsync("张三");
            await b.Field("IdNumber").FillAsync(WrongCheckDigitId);
            await b.TestId("submit-application").ClickAsync();
            await Expect(b.FieldError("IdNumber")).ToHaveTextAsync("身份证号校验位不正确，请核对");
            await Expect(b.Field("ShopName")).ToHaveValueAsync(shopName);
            await Expect(b.Field("BusinessScope")).ToHaveValueAsync("酒水、食品");
            await Expect(b.Field("RegionCode")).ToHaveValueAsync(XihuDistrict);
            await Expect(b.Locator("select[data-level='3']")).ToHaveValueAsync(XihuDistrict);
            await Expect(b.Field("IdNumber")).ToHaveClassAsync(new Regex("input-validation-error"));
            await run.ShotAsync(b, "application-id-check-digit-error");

            await b.Field("IdNumber").FillAsync(ValidId);
            await b.Field("LicenseImage").SetInputFilesAsync(licensePng);
            await b.Field("IdImage").SetInputFilesAsync(idPng);
            await b.TestId("submit-application").ClickAsync();
            await Expect(b).ToHaveURLAsync(run.Url("/merchant-application"));
            await Expect(b.TestId("status")).ToHaveTextAsync("待审核");
            await Expect(b.TestId("shop-name")).ToHaveTextAsync(shopName);
            await Expect(b.TestId("id-number")).ToHaveTextAsync(MaskedId); // the applicant sees it masked
            await Expect(b.TestId("edit-application")).ToHaveCountAsync(0);
            await run.ShotAsync(b, "application-submitted");

            // 3. The reviewer looks at it and rejects it, first forgetting the reason.
            run.Log("admin rejects");
            await SignInAsync(a, run, KestrelAppFactory.AdminPhone, KestrelAppFactory.AdminPassword);
            await OpenFromQueueAsync(a, run, shopName, "待审核");
            await Expect(a.TestId("id-number")).ToHaveTextAsync(ValidId);
            (await a.TestId("license-image").LoadedImageSizeAsync()).ShouldBe((400, 300));
            (await a.TestId("id-image").LoadedImageSizeAsync()).ShouldBe((400, 300));
            await run.ShotAsync(a, "admin-review-details");
            await a.TestId("reject").ClickAsync();
            await Expect(a.FieldError("Reason")).ToHaveTextAsync("请填写驳回原因");
            await Expect(a.TestId("status")).ToHaveTextAsync("待审核");
            await run.ShotAsync(a, "admin-reject-needs-reason");
            await a.Locator("#Reason").FillAsync(reason);
            await a.TestId("reject").ClickAsync();
            await Expect(a.TestId("flash")).ToContainTextAsync("已驳回");
            await Expect(a.TestId("status")).ToHaveTextAsync("已驳回");
            await Expect(a.TestId("approve")).ToHaveCountAsync(0);
            await run.ShotAsync(a, "admin-rejected");

            // 4. The buyer reads why, changes the scope only (ID number and images stay) and resubmits.
            run.Log("buyer resubmits");
            await b.ReloadAsync();
            await Expect(b.TestId("status")).ToHaveTextAsync("已驳回");
            await Expect(b.TestId("rejection-reason")).ToContainTextAsync(reason);
            await run.ShotAsync(b, "buyer-sees-rejection");
            await b.TestId("edit-application").ClickAsync();
            await Expect(b).ToHaveURLAsync(run.Url("/merchant-application/edit"));
            await Expect(b.Field("ShopName")).ToHaveValueAsync(shopName);
            await Expect(b.Field("RegionCode")).ToHaveValueAsync(XihuDistrict);
            await Expect(b.Field("IdNumber")).ToHaveValueAsync("");
            await Expect(b.Locator("form[action='/merchant-application/edit']")).ToContainTextAsync(MaskedId); // "已填写：…，留空则保持不变"
            await Expect(b.TestId("license-on-file")).ToBeVisibleAsync();
            await Expect(b.TestId("id-on-file")).ToBeVisibleAsync();
            await b.Field("BusinessScope").FillAsync(newScope);
            await run.ShotAsync(b, "buyer-edits-application");
            await b.TestId("submit-application").ClickAsync();
            await Expect(b).ToHaveURLAsync(run.Url("/merchant-application"));
            await Expect(b.TestId("status")).ToHaveTextAsync("重新提交待审核");
            await Expect(b.Locator("dl")).ToContainTextAsync(newScope);
            await Expect(b.TestId("history").Locator("li")).ToHaveCountAsync(3);
            await run.ShotAsync(b, "application-resubmitted");

            // 5. The reviewer approves.
            run.Log("admin approves");
            await OpenFromQueueAsync(a, run, shopName, "重新提交待审核");
            await Expect(a.Locator("dl")).ToContainTextAsync(newScope);
            (await a.TestId("license-image").LoadedImageSizeAsync()).ShouldBe((400, 300));
            await a.TestId("approve").ClickAsync();
            await Expect(a.TestId("flash")).ToContainTextAsync("已通过");
            await Expect(a.TestId("status")).ToHaveTextAsync("已通过");
            await Expect(a.TestId("history").Locator("li")).ToHaveCountAsync(4);
            await run.ShotAsync(a, "admin-approved");

            // 6. The buyer's inbox gets the news from the outbox job (every 5 s); then the back office.
            run.Log("buyer waits for the inbox message");
            await b.GotoAsync(run.Url("/inbox"));
            var approvedMessage = b.TestId("notification").Filter(new() { HasTextString = "开店申请已通过" });
            await Patience.UntilAsync(async () =>
            {
                if (await approvedMessage.CountAsync() > 0) return true;
                await b.ReloadAsync();
                return false;
            }, "the approval message reaching /inbox", 1_000);
            await Expect(approvedMessage).ToContainTextAsync(shopName);
            await Expect(b.TestId("notification").Filter(new() { HasTextString = "开店申请未通过" })).ToContainTextAsync(reason);
            var unread = await b.Locator("[data-testid='notification'].list-group-item-warning").CountAsync();
            unread.ShouldBe(2, "the rejection and the approval, both unread");
            await Expect(b.TestId("nav-badge")).ToHaveTextAsync(unread.ToString());
            await run.ShotAsync(b, "inbox-approval-message");

            await b.GotoAsync(run.Url("/merchant-application"));
            await Expect(b.TestId("status")).ToHaveTextAsync("已通过");
            await b.TestId("enter-back-office").ClickAsync();
            await Expect(b).ToHaveURLAsync(run.Url("/merchant"));
            await Expect(b.TestId("shop-name")).ToHaveTextAsync(shopName);
            await Expect(b.Locator("main")).ToContainTextAsync("浙江省");
            await run.ShotAsync(b, "merchant-back-office");
            await b.GotoAsync(run.Url("/"));
            await Expect(b.TestId("open-shop")).ToHaveCountAsync(0); // an owner is not invited to open a shop again

            run.BrowserErrors.ShouldBeEmpty("the pages logged errors: " + string.Join("; ", run.BrowserErrors));

            await VerifyDatabaseAsync(run, phone, shopName, reason, newScope);
        });
    }

    /// What the flow left in the database.
    private async Task VerifyDatabaseAsync(Scenario run, string phone, string shopName, string reason, string newScope)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(phone);
        user.ShouldNotBeNull();
        (await users.IsInRoleAsync(user, Roles.MerchantOwner)).ShouldBeTrue();
        var db = scope.ServiceProvider.GetRequiredService<MerchantsDbContext>();
        var shops = await db.Shops.AsNoTracking().Where(s => s.OwnerId == user.Id).ToListAsync();
        shops.Count.ShouldBe(1);
        shops[0].Name.ShouldBe(shopName);
        shops[0].RegionCode.ShouldBe(XihuDistrict);
        shops[0].BusinessScope.ShouldBe(newScope);
        var application = await db.Applications.AsNoTracking().Include(x => x.History).SingleAsync(x => x.ApplicantId == user.Id);
        application.Status.ShouldBe(ApplicationStatus.Approved);
        application.ShopId.ShouldBe(shops[0].Id);
        application.IdNumber.ShouldBe(ValidId, "left empty on resubmission, so kept");
        application.LicenseImage.ShouldNotBeNull();
        application.IdImage.ShouldNotBeNull();
        application.History.OrderBy(h => h.AtUtc).Select(h => h.Action).ShouldBe(
        [
            ApplicationAction.Submitted, ApplicationAction.Rejected, ApplicationAction.Resubmitted, ApplicationAction.Approved,
        ]);
        application.History.Single(h => h.Action == ApplicationAction.Rejected).Reason.ShouldBe(reason);
        run.Log($"{run.Screenshots.Count} screenshots in {Path.GetRelativePath(Scenario.RepositoryRoot, Scenario.ScreenshotsDirectory)}");
    }

    [Fact]
    public async Task A_visitor_on_a_phone_who_wants_a_shop_is_asked_to_sign_in_and_can_switch_to_English()
    {
        await using var run = new Scenario(fixture, "visitor", output);
        var visitor = await run.NewActorAsync("visitor", Phone);
        var p = visitor.Page;

        await run.RunAsync(async () =>
        {
            await p.GotoAsync(run.Url("/"));
            await p.TestId("open-shop").ClickAsync();
            await Expect(p).ToHaveURLAsync(new Regex(@"/account/login\?ReturnUrl=%2Fmerchant-application$", RegexOptions.IgnoreCase));
            await Expect(p.Locator("h1")).ToHaveTextAsync("登录");
            // Wrong password: an error, the phone kept, the password not.
            var phone = "135" + Random.Shared.Next(0, 100_000_000).ToString("D8");
            await p.Field("Phone").FillAsync(phone);
            await p.Field("Password").FillAsync("not-the-password1");
            await p.Locator("main form button[type='submit']").ClickAsync();
            await Expect(p.Locator(".validation-summary-errors")).ToContainTextAsync("手机号或密码不正确");
            await Expect(p.Field("Phone")).ToHaveValueAsync(phone);
            await Expect(p.Field("Password")).ToHaveValueAsync("");
            await run.ShotAsync(p, "login-error-phone");

            // The language button posts (no select that navigates while one is still choosing).
            await p.Locator(".navbar-toggler").ClickAsync();
            await p.Locator("#culture-switch").ClickAsync();
            await Expect(p.Locator("h1")).ToHaveTextAsync("Sign in");
            await Expect(p).ToHaveURLAsync(new Regex(@"/account/login"));
            await Expect(p.Locator("html")).ToHaveAttributeAsync("lang", "en-US");
            await run.ShotAsync(p, "login-english-phone");

            run.BrowserErrors.ShouldBeEmpty("the pages logged errors: " + string.Join("; ", run.BrowserErrors));
        });
    }

    private static async Task SignInAsync(IPage page, Scenario run, string phone, string password)
    {
        await page.GotoAsync(run.Url("/account/login"));
        await page.Field("Phone").FillAsync(phone);
        await page.Field("Password").FillAsync(password);
        await page.Locator("main form button[type='submit']").ClickAsync();
        await Expect(page).ToHaveURLAsync(run.Url("/"));
        await Expect(page.TestId("signed-in-as")).ToHaveTextAsync(SharedWarehouse.SharedKernel.Identity.MainlandMobile.Mask(phone));
    }

    /// Opens the application from the admin's review queue (pending applications), checking its row first.
    private static async Task OpenFromQueueAsync(IPage page, Scenario run, string shopName, string status)
    {
        await page.GotoAsync(run.Url("/admin/merchant-applications"));
        var row = page.Locator("[data-testid='applications'] tbody tr").Filter(new() { HasTextString = shopName });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync(status);
        await row.Locator("a[href^='/admin/merchant-applications/']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/merchant-applications/[0-9a-f-]{36}$"));
        await Expect(page.Locator("h1")).ToContainTextAsync(shopName);
        await Expect(page.TestId("status")).ToHaveTextAsync(status);
    }

    private static string WritePng(TempDirectory directory, string name, byte red, byte green, byte blue)
    {
        var path = Path.Combine(directory.Path, name);
        File.WriteAllBytes(path, PngWriter.Solid(400, 300, red, green, blue));
        return path;
    }
}
