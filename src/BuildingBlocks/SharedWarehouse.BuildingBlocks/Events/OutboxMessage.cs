using System.Text.Json;

namespace SharedWarehouse.BuildingBlocks.Events;

public sealed class OutboxMessage
{
    private OutboxMessage() { }

    public Guid Id { get; private init; }
    public string Type { get; private init; } = "";
    public string Payload { get; private init; } = "";
    public DateTime OccurredUtc { get; private init; }
    public DateTime? ProcessedUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    public static OutboxMessage From(IIntegrationEvent integrationEvent, DateTime occurredUtc) => new()
    {
        Id = integrationEvent.EventId,
        Type = integrationEvent.GetType().FullName!,
        Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType()),
        OccurredUtc = occurredUtc,
    };
}

/// One row per (message, handler) that has taken effect: a redelivered message finds it and is skipped.
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }
    public string Handler { get; init; } = "";
    public DateTime ProcessedUtc { get; init; }
}
