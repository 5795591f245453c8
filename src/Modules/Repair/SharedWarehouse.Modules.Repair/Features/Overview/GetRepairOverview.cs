using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Repair.Data;

namespace SharedWarehouse.Modules.Repair.Features.Overview;

/// What the admin page shows: the events this module has published that still wait for delivery.
public sealed record GetRepairOverview : IQuery<RepairOverview>;

public sealed record RepairOverview(int UndeliveredEvents);

internal sealed class GetRepairOverviewHandler(RepairDbContext db) : IRequestHandler<GetRepairOverview, RepairOverview>
{
    public async Task<RepairOverview> Handle(GetRepairOverview request, CancellationToken ct) =>
        new(await db.OutboxMessages.CountAsync(m => m.ProcessedUtc == null, ct));
}
