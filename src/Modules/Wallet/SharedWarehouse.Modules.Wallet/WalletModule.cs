using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.Modules.Wallet.Data;
using SharedWarehouse.Modules.Wallet.Features;
using SharedWarehouse.Modules.Wallet.Jobs;
using SharedWarehouse.Modules.Wallet.Web;

namespace SharedWarehouse.Modules.Wallet;

/// The merchant's prepaid wallet: recharge through Payments, an immutable ledger of holds, debits, credits and
/// refunds, "awaiting funds" for holds that found too little. Other modules use IWallet and listen to WalletFunded.
public sealed class WalletModule : IModule
{
    public string Name => "Wallet";
    public string Schema => WalletDbContext.SchemaName;
    public ModuleLayer Layer => ModuleLayer.Money;
    public Type DbContextType => typeof(WalletDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<WalletDbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(WalletModule).Assembly);
        services.AddScoped<WalletBook>();
        services.AddScoped<IWallet, WalletFacade>();
        services.AddIntegrationEventHandler<PaymentSucceeded, RechargePaidHandler, WalletDbContext>();
        services.AddScoped<INavigationContributor, WalletNavigation>();
        services.AddScoped<IDashboardContributor, Web.WalletDashboard>();
        services.AddScheduledJob<WalletLedgerCheckJob>(WalletLedgerCheckJob.Name, "每小时核对钱包台账（余额 = 流水之和）", TimeSpan.FromHours(1));
    }
}
