using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Payments.Features;
using SharedWarehouse.Modules.Payments.Gateways;
using SharedWarehouse.Modules.Payments.Gateways.Simulator;
using SharedWarehouse.Modules.Payments.Web;

namespace SharedWarehouse.Modules.Payments;

/// Online payment through an IPaymentGateway (the built-in simulator unless configured otherwise).
/// Other modules use IPayments and listen to PaymentSucceeded / PaymentFailed / PaymentRefunded.
public sealed class PaymentsModule : IModule
{
    public string Name => "Payments";
    public string Schema => PaymentsDbContext.SchemaName;
    public ModuleLayer Layer => ModuleLayer.Platform;
    public Type DbContextType => typeof(PaymentsDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        var settings = services.AddModuleOptions<PaymentsSettings>(configuration, PaymentsSettings.Section);
        services.AddModuleDbContext<PaymentsDbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(PaymentsModule).Assembly);
        services.AddScoped<IPayments, PaymentsFacade>();
        services.AddIntegrationEventHandler<RefundRequested, RefundRequestedHandler, PaymentsDbContext>();
        services.AddScoped<NotificationReceiver>();
        services.AddScoped<INavigationContributor, PaymentsNavigation>();

        if (!string.Equals(settings.Gateway, "Simulator", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Payments:Gateway '{settings.Gateway}' has no adapter; only 'Simulator' is built in.");
        var simulator = services.AddModuleOptions<SimulatorOptions>(configuration, SimulatorOptions.Section);
        services.AddSingleton<SimulatorSecret>();
        services.AddScoped<IPaymentGateway, SimulatorGateway>();
        services.AddHttpClient(HttpNotifyTransport.ClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<ISimulatorNotifyTransport, HttpNotifyTransport>();
        services.AddSingleton<SimulatorNotificationDispatcher>();
        services.AddScheduledJob<SimulatorNotifyJob>(SimulatorNotifyJob.Name, "支付模拟器：投递支付结果通知",
            TimeSpan.FromSeconds(Math.Max(1, simulator.DeliveryIntervalSeconds)));
    }
}
