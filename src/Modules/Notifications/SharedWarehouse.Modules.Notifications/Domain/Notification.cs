using System.Text.Json;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Notifications.Domain;

/// A message in a user's in-app inbox. Title and Body are localisation keys with {0}-style arguments,
/// so each reader sees it in their own language.
public sealed class Notification : Entity
{
    private Notification() { }

    public Guid UserId { get; private init; }
    public string Title { get; private init; } = "";
    public string Body { get; private init; } = "";
    public string ArgsJson { get; private init; } = "[]";
    public string? Link { get; private init; }
    public DateTime CreatedUtc { get; private init; }
    public DateTime? ReadUtc { get; private set; }

    public string[] Args => JsonSerializer.Deserialize<string[]>(ArgsJson) ?? [];

    public static Notification Create(Guid id, Guid userId, string title, string body, string[] args, string? link, DateTime nowUtc) => new()
    {
        Id = id, UserId = userId, Title = title, Body = body, ArgsJson = JsonSerializer.Serialize(args), Link = link, CreatedUtc = nowUtc,
    };

    public void MarkRead(DateTime nowUtc) => ReadUtc ??= nowUtc;
}
