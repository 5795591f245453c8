namespace SharedWarehouse.SharedKernel;

/// Version is bumped by the unit of work on every save and checked as a concurrency token, so two
/// people editing the same aggregate cannot silently overwrite each other.
public abstract class AggregateRoot : Entity
{
    public int Version { get; private set; }

    public void IncrementVersion() => Version++;
}
