using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Domain;

/// Every submission and decision, kept for good: who, when, and (for a rejection) why.
public sealed class ApplicationHistoryEntry : Entity
{
    private ApplicationHistoryEntry() { }

    public ApplicationHistoryEntry(ApplicationAction action, Guid actorId, DateTime atUtc, string? reason)
    {
        Action = action;
        ActorId = actorId;
        AtUtc = atUtc;
        Reason = reason;
    }

    public Guid ApplicationId { get; private init; }
    public ApplicationAction Action { get; private init; }
    public Guid ActorId { get; private init; }
    public DateTime AtUtc { get; private init; }
    public string? Reason { get; private init; }
}
