namespace SharedWarehouse.BuildingBlocks.Events;

public sealed record EventHandlerRegistration(Type EventType, Type HandlerType, Type ContextType);

/// Built at start-up from the modules' explicit registrations: which contexts have outboxes, which
/// handlers listen to which event and in which module context they write.
public sealed class EventHandlerRegistry
{
    private readonly List<EventHandlerRegistration> _handlers = [];
    private readonly HashSet<Type> _outboxContexts = [];
    private readonly Dictionary<string, Type> _eventTypes = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Type> OutboxContexts => _outboxContexts;

    public void AddOutboxContext(Type contextType) => _outboxContexts.Add(contextType);

    public void AddHandler(EventHandlerRegistration registration)
    {
        _handlers.Add(registration);
        _eventTypes[registration.EventType.FullName!] = registration.EventType;
    }

    public Type? FindEventType(string name) => _eventTypes.GetValueOrDefault(name);

    public IEnumerable<EventHandlerRegistration> HandlersFor(Type eventType) => _handlers.Where(h => h.EventType == eventType);
}
