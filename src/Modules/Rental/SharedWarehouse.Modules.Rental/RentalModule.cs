using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Features.Bookings;
using SharedWarehouse.Modules.Rental.Features.Deadlines;
using SharedWarehouse.Modules.Rental.Web;

namespace SharedWarehouse.Modules.Rental;

/// 租赁: shops rent out serial-numbered units held in warehouses; buyers book periods (never two bookings of one unit at
/// once: RentalHolds), pay rent and deposit through Payments, and get the deposit back less late fees and damage (ADR 14).
public sealed class RentalModule : IModule
{
    public string Name => "Rental";
    public string Schema => RentalDbContext.SchemaName;
    public ModuleLayer Layer => ModuleLayer.Channels;
    public Type DbContextType => typeof(RentalDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<RentalDbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(RentalModule).Assembly);
        services.AddModuleOptions<RentalOptions>(configuration, RentalOptions.Section);
        services.AddIntegrationEventHandler<PaymentSucceeded, RentalPaidHandler, RentalDbContext>();
        services.AddScoped<INavigationContributor, RentalNavigation>();
        services.AddScoped<IDashboardContributor, RentalDashboard>();
        services.AddScoped<IStartupTask, Seeding.RentalDemoData>();
        services.TryAddSingleton<IFileStore, LocalFileStore>(); // damage and dispute photos
        services.AddScheduledJob<RentalDeadlinesJob>(RentalDeadlinesJob.Name, "租赁：释放超时未付的预订，扣款超时生效，逾期提醒", TimeSpan.FromMinutes(10));
    }
}
