using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Accounts.Seeding;

/// Roles always; the first admin from configuration (Admin:Phone + Admin:Password, e.g. environment
/// variables Admin__Phone / Admin__Password: no password lives in the repository); demo buyers only when
/// Demo:Enabled is true.
internal sealed class AccountsStartup(RoleManager<AppRole> roles, UserManager<AppUser> users, IConfiguration configuration,
    TimeProvider time, ILogger<AccountsStartup> logger) : IStartupTask
{
    public const string DemoPasswordDefault = "Demo12345";
    public static readonly (string Phone, string Name, string Region)[] DemoUsers =
    [
        ("13900000001", "演示买家", "330106"),
        ("13900000002", "演示商家", "440305"),
        ("13900000003", "演示申请人", "110105"),
        ("13900000004", "演示服装商家", "330102"),
        ("13900000005", "演示仓管", "440305"),
    ];

    public int Order => 0;

    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new AppRole(role));

        var adminPhone = configuration["Admin:Phone"];
        var adminPassword = configuration["Admin:Password"];
        if (!string.IsNullOrWhiteSpace(adminPhone) && !string.IsNullOrWhiteSpace(adminPassword))
            await EnsureUserAsync(adminPhone, "平台管理员", "110101", adminPassword, [Roles.Admin, Roles.Reviewer]);
        else
            logger.LogWarning("No first admin configured: set Admin__Phone and Admin__Password to create one");

        if (!configuration.GetValue<bool>("Demo:Enabled")) return;
        var demoPassword = configuration["Demo:Password"] ?? DemoPasswordDefault;
        foreach (var (phone, name, region) in DemoUsers)
            await EnsureUserAsync(phone, name, region, demoPassword, [Roles.Buyer]);
        await EnsureUserAsync("13900000009", "演示拣货员", "440104", demoPassword, [Roles.Picker]);
    }

    private async Task EnsureUserAsync(string phone, string name, string region, string password, string[] roleNames)
    {
        phone = MainlandMobile.Normalize(phone);
        var user = await users.FindByNameAsync(phone);
        if (user is null)
        {
            user = new AppUser
            {
                UserName = phone, PhoneNumber = phone, PhoneNumberConfirmed = true, DisplayName = name, RegionCode = region,
                CreatedUtc = time.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Cannot create {MainlandMobile.Mask(phone)}: {string.Join("; ", created.Errors.Select(e => e.Code))}");
            logger.LogInformation("Created account {Phone} with roles {Roles}", MainlandMobile.Mask(phone), roleNames);
        }
        foreach (var role in roleNames)
            if (!await users.IsInRoleAsync(user, role))
                await users.AddToRoleAsync(user, role);
    }
}
