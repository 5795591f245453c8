using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Accounts.Domain;
using SharedWarehouse.Modules.Accounts.Features.RegisterBuyer;
using SharedWarehouse.Modules.Accounts.Features.ResetPassword;
using SharedWarehouse.Modules.Accounts.Features.SendSmsCode;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Accounts;

public abstract class AccountSlices(AppFixture app)
{
    private Task<int> UserCount() => app.QueryAsync<AccountsDbContext, int>(db => db.Users.CountAsync());

    private RegisterBuyer Register(string phone, string code) => new(phone, code, Given.Password, Given.Password, "330106", "小王");

    [Fact]
    public async Task A_buyer_registers_with_phone_region_password_and_sms_code()
    {
        var phone = Given.NewPhone();
        await app.SendAsync(new SendSmsCode(phone, SmsPurpose.Register));

        var registered = await app.SendAsync(Register(phone, app.LatestSms(phone)));

        registered.Errors.ShouldBeEmpty();
        var (region, isBuyer) = await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync(phone))!;
            return (user.RegionCode, await users.IsInRoleAsync(user, Roles.Buyer));
        });
        region.ShouldBe("330106");
        isBuyer.ShouldBeTrue();
    }

    [Fact]
    public async Task An_expired_sms_code_is_refused_and_no_account_is_made()
    {
        var phone = Given.NewPhone();
        await app.SendAsync(new SendSmsCode(phone, SmsPurpose.Register));
        var code = app.LatestSms(phone);
        app.Clock.Advance(SmsCode.Lifetime + TimeSpan.FromSeconds(1));
        var before = await UserCount();

        var refused = await app.SendAsync(Register(phone, code));

        refused.Errors.ShouldContain(e => e.Field == "SmsCode" && e.Message.Contains("过期"));
        (await UserCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_resend_within_a_minute_is_throttled()
    {
        var phone = Given.NewPhone();
        (await app.SendAsync(new SendSmsCode(phone, SmsPurpose.Register))).IsSuccess.ShouldBeTrue();

        var tooSoon = await app.SendAsync(new SendSmsCode(phone, SmsPurpose.Register));
        app.Clock.Advance(SmsCode.ResendAfter);
        var later = await app.SendAsync(new SendSmsCode(phone, SmsPurpose.Register));

        tooSoon.Errors.ShouldContain(e => e.Field == "Phone");
        later.IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public async Task Wrong_guesses_are_counted_even_though_the_command_fails_and_lock_the_code()
    {
        var phone = Given.NewPhone();
        await app.SendAsync(new SendSmsCode(phone, SmsPurpose.Register));
        var right = app.LatestSms(phone);
        var wrong = right == "000000" ? "111111" : "000000";

        for (var i = 0; i < SmsCode.MaxAttempts; i++)
            (await app.SendAsync(Register(phone, wrong))).Errors.ShouldContain(e => e.Field == "SmsCode");
        var withRightCode = await app.SendAsync(Register(phone, right));

        withRightCode.Errors.ShouldContain(e => e.Field == "SmsCode" && e.Message.Contains("次数过多"));
    }

    [Fact]
    public async Task A_code_registers_one_account_only()
    {
        var phone = Given.NewPhone();
        await app.SendAsync(new SendSmsCode(phone, SmsPurpose.Register));
        var code = app.LatestSms(phone);

        var results = await Task.WhenAll(app.SendAsync(Register(phone, code)), app.SendAsync(Register(phone, code)));

        results.Count(r => r.IsSuccess).ShouldBe(1);
        (await app.QueryAsync<AccountsDbContext, int>(db => db.Users.CountAsync(u => u.UserName == phone))).ShouldBe(1);
    }

    [Fact]
    public async Task Bad_input_is_reported_field_by_field()
    {
        var refused = await app.SendAsync(new RegisterBuyer("1234567890", "", "short", "other", "999999", null));

        refused.Errors.Select(e => e.Field).Distinct().ShouldBe(["Phone", "RegionCode", "Password", "ConfirmPassword", "SmsCode"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_registered_phone_cannot_register_again()
    {
        var phone = Given.NewPhone();
        await app.BuyerAsync(phone);

        (await app.SendAsync(new SendSmsCode(phone, SmsPurpose.Register))).Errors.ShouldContain(e => e.Field == "Phone");
    }

    [Fact]
    public async Task A_password_is_reset_with_an_sms_code()
    {
        var phone = Given.NewPhone();
        await app.BuyerAsync(phone);
        await app.SendAsync(new SendSmsCode(phone, SmsPurpose.ResetPassword));

        var reset = await app.SendAsync(new ResetPassword(phone, app.LatestSms(phone), "NewSecret456", "NewSecret456"));

        reset.Errors.ShouldBeEmpty();
        var works = await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.CheckPasswordAsync((await users.FindByNameAsync(phone))!, "NewSecret456");
        });
        works.ShouldBeTrue();
    }

    [Fact]
    public async Task A_reset_for_an_unknown_phone_looks_the_same_but_sends_nothing()
    {
        var phone = Given.NewPhone();

        (await app.SendAsync(new SendSmsCode(phone, SmsPurpose.ResetPassword))).IsSuccess.ShouldBeTrue();
        (await app.QueryAsync<AccountsDbContext, int>(db => db.SmsCodes.CountAsync(c => c.Phone == phone))).ShouldBe(0);
    }
}

public sealed class AccountsOnSqlite(SqliteApp app) : AccountSlices(app), IClassFixture<SqliteApp>;

public sealed class AccountsOnPostgreSql(PostgreSqlApp app) : AccountSlices(app), IClassFixture<PostgreSqlApp>;
