using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Notifications.Data;
using SharedWarehouse.Modules.Notifications.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Notifications.Features;

public sealed record GetInbox(Guid UserId, int Take = 100) : IQuery<IReadOnlyList<Notification>>;

/// Marks one of the user's own messages read (null = all of them); another user's id simply matches nothing.
public sealed record MarkNotificationsRead(Guid UserId, Guid? NotificationId) : ICommand;

internal sealed class InboxHandlers(NotificationsDbContext db, TimeProvider time)
    : IRequestHandler<GetInbox, IReadOnlyList<Notification>>, IRequestHandler<MarkNotificationsRead, Result>
{
    public async Task<IReadOnlyList<Notification>> Handle(GetInbox query, CancellationToken ct) =>
        await db.Notifications.AsNoTracking().Where(n => n.UserId == query.UserId)
            .OrderByDescending(n => n.CreatedUtc).Take(query.Take).ToListAsync(ct);

    public async Task<Result> Handle(MarkNotificationsRead command, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var unread = await db.Notifications
            .Where(n => n.UserId == command.UserId && n.ReadUtc == null && (command.NotificationId == null || n.Id == command.NotificationId))
            .ToListAsync(ct);
        foreach (var notification in unread) notification.MarkRead(now);
        return Result.Success();
    }
}
