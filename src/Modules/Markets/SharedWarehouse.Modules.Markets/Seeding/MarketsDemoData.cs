using SharedWarehouse.BuildingBlocks.Modules;

namespace SharedWarehouse.Modules.Markets.Seeding;

/// Filled in below (demo markets, stalls and stall codes).
internal sealed class MarketsDemoData : IStartupTask
{
    public int Order => 40;

    public Task RunAsync(CancellationToken ct) => Task.CompletedTask;
}
