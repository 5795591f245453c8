using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Accounts.Features.GrantMerchantOwner;
using SharedWarehouse.Modules.Accounts.Seeding;
using SharedWarehouse.Modules.Accounts.Sms;

namespace SharedWarehouse.Modules.Accounts;

public sealed class AccountsModule : IModule
{
    public string Name => "Accounts";
    public string Schema => AccountsDbContext.SchemaName;
    public ModuleLayer Layer => ModuleLayer.People;
    public Type DbContextType => typeof(AccountsDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AccountsDbContext>(Schema);
        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ChineseIdentityErrors>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "sw.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
        });
        // Roles granted by a reviewer reach the user's cookie within a minute: a validation with an unchanged
        // stamp re-reads the roles; a changed stamp (password reset) signs the person out everywhere.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddRequestHandlersFrom(typeof(AccountsModule).Assembly);
        services.AddScoped<SmsCodes>();
        services.AddSingleton<SimulatedSmsSender>();
        services.AddSingleton<ISmsSender>(sp => sp.GetRequiredService<SimulatedSmsSender>());
        services.AddScoped<IAccountDirectory, AccountDirectory>();
        services.AddScoped<IStartupTask, AccountsStartup>();
        services.AddScoped<SharedWarehouse.BuildingBlocks.Web.INavigationContributor, Web.AccountsNavigation>();
        services.AddIntegrationEventHandler<MerchantOwnerAppointed, GrantMerchantOwnerOnApproval, AccountsDbContext>();
        services.AddIntegrationEventHandler<PickerAppointed, Features.GrantPicker.GrantPickerOnAppointment, AccountsDbContext>();
        services.AddIntegrationEventHandler<MerchantStaffAppointed, Features.GrantMerchantStaff.GrantMerchantStaffOnAppointment, AccountsDbContext>();
        services.AddIntegrationEventHandler<MerchantStaffDismissed, Features.GrantMerchantStaff.RevokeMerchantStaffOnDismissal, AccountsDbContext>();
    }
}
