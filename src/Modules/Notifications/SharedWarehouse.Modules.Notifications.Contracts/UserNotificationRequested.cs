using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.Modules.Notifications.Contracts;

/// Any module asks for a message in a user's in-app inbox. Title and Body are localisation keys (zh-CN
/// text) with {0}-style Args, translated when the inbox is shown in the reader's language.
public sealed record UserNotificationRequested(Guid EventId, Guid UserId, string Title, string Body, string[] Args, string? Link) : IIntegrationEvent;
