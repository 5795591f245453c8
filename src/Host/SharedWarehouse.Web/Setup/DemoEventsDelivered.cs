using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Modules;

namespace SharedWarehouse.Web.Setup;

/// With Demo:Enabled, the last start-up task: delivers the events the demo data raised (a shop owner's role, review
/// notices, search entries …) before the app starts listening. Otherwise the outbox job delivers them a few seconds
/// later, and a newcomer signing in as the demo merchant at once was sent to "access denied" (the smoke test saw it
/// on a loaded machine). Handlers may raise further events, hence the rounds.
internal sealed class DemoEventsDelivered(IConfiguration configuration, OutboxDispatcher outbox, ILogger<DemoEventsDelivered> logger) : IStartupTask
{
    private const int MaxRounds = 10;

    public int Order => 1000;

    public async Task RunAsync(CancellationToken ct)
    {
        if (!configuration.GetValue<bool>("Demo:Enabled")) return;
        for (var round = 0; round < MaxRounds; round++)
        {
            var delivered = await outbox.DispatchPendingAsync(ct);
            if (delivered == 0) return;
            logger.LogInformation("Demo data: delivered {Count} events before opening", delivered);
        }
    }
}
