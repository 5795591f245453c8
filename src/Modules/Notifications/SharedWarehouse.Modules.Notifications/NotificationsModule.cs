using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Notifications.Data;
using SharedWarehouse.Modules.Notifications.Features;
using SharedWarehouse.Modules.Notifications.Web;

namespace SharedWarehouse.Modules.Notifications;

/// The in-app inbox; any module writes to it by publishing UserNotificationRequested.
public sealed class NotificationsModule : IModule
{
    public string Name => "Notifications";
    public string Schema => NotificationsDbContext.SchemaName;
    public ModuleLayer Layer => ModuleLayer.Platform;
    public Type DbContextType => typeof(NotificationsDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<NotificationsDbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(NotificationsModule).Assembly);
        services.AddScoped<INavigationContributor, InboxNavigation>();
        services.AddIntegrationEventHandler<UserNotificationRequested, DeliverNotification, NotificationsDbContext>();
    }
}
