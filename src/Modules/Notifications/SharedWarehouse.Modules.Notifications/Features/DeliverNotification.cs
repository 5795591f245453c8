using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.Modules.Notifications.Data;
using SharedWarehouse.Modules.Notifications.Domain;
using SharedWarehouse.Modules.Notifications.Contracts;

namespace SharedWarehouse.Modules.Notifications.Features;

/// The notification takes the event's id, so even outside the inbox table a redelivery cannot make two.
internal sealed class DeliverNotification(NotificationsDbContext db, TimeProvider time) : IIntegrationEventHandler<UserNotificationRequested>
{
    public async Task Handle(UserNotificationRequested requested, CancellationToken ct)
    {
        if (await db.Notifications.FindAsync([requested.EventId], ct) is not null) return;
        db.Notifications.Add(Notification.Create(requested.EventId, requested.UserId, requested.Title, requested.Body, requested.Args,
            requested.Link, time.GetUtcNow().UtcDateTime));
    }
}
