namespace SharedWarehouse.BuildingBlocks.Events;

/// Told after a commit that wrote outbox rows, so delivery starts at once instead of at the next poll.
public interface IOutboxSignal
{
    void Notify();
}

internal sealed class NoOutboxSignal : IOutboxSignal
{
    public void Notify() { }
}
