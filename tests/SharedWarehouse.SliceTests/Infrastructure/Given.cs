using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Accounts.Domain;
using SharedWarehouse.Modules.Accounts.Features.RegisterBuyer;
using SharedWarehouse.Modules.Accounts.Features.SendSmsCode;
using SharedWarehouse.Modules.Accounts.Sms;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Merchants.Features.SaveApplication;

namespace SharedWarehouse.SliceTests.Infrastructure;

/// Builders for the state a test starts from, made through the real commands.
public static class Given
{
    public const string Password = "Secret123";
    public const string ValidIdNumber = "11010519491231002X";
    private static int _phoneSeed = Random.Shared.Next(10_000_000, 80_000_000);

    public static string NewPhone() => "137" + Interlocked.Increment(ref _phoneSeed).ToString("D8");

    public static string LatestSms(this AppFixture app, string phone) =>
        app.Services.GetRequiredService<SimulatedSmsSender>().LatestCodeFor(phone) ?? throw new InvalidOperationException("No SMS was sent.");

    public static async Task<Guid> BuyerAsync(this AppFixture app, string? phone = null)
    {
        phone ??= NewPhone();
        (await app.SendAsync(new SendSmsCode(phone, SmsPurpose.Register))).IsSuccess.ShouldBeTrue();
        var registered = await app.SendAsync(new RegisterBuyer(phone, app.LatestSms(phone), Password, Password, "330106", null));
        registered.Errors.ShouldBeEmpty();
        app.Clock.Advance(TimeSpan.FromMinutes(2)); // past the resend throttle for the next code to this phone
        return registered.Value;
    }

    public static async Task<Guid> ReviewerAsync(this AppFixture app)
    {
        var id = await app.BuyerAsync();
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.AddToRoleAsync((await users.FindByIdAsync(id.ToString()))!, Roles.Reviewer);
        });
        return id;
    }

    public static UploadedImage Image(int width = 400, int height = 300) => new(PngWriter.Solid(width, height, 10, 120, 200));

    public static SaveApplication Application(Guid applicantId, string? shopName = null, bool submit = true, string idNumber = ValidIdNumber) =>
        new(applicantId, shopName ?? "测试商店" + Guid.NewGuid().ToString("N")[..8], ShopType.Flagship, "酒水、食品", "330106", "张三", idNumber,
            Image(), Image(), submit);
}
