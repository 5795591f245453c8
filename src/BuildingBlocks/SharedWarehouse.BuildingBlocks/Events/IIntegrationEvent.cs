namespace SharedWarehouse.BuildingBlocks.Events;

/// A fact one module tells the others, declared in its Contracts assembly. Id makes redelivery harmless.
public interface IIntegrationEvent
{
    Guid EventId { get; }
}

public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    /// Changes only the handler's own module context; the dispatcher saves it together with the inbox row.
    Task Handle(TEvent integrationEvent, CancellationToken ct);
}
