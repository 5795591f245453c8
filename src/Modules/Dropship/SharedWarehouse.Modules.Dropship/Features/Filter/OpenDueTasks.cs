using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Filter;

/// The morning reissue: tasks the merchant re-queued for a day go on the pickers' list that day.
public sealed record OpenDueTasks(DateOnly Today) : ICommand<int>;

internal sealed class OpenDueTasksHandler(DropshipDbContext db) : IRequestHandler<OpenDueTasks, Result<int>>
{
    public async Task<Result<int>> Handle(OpenDueTasks c, CancellationToken ct)
    {
        var due = await db.Tasks.Where(t => t.Status == PickupTaskStatus.Scheduled && t.DueOn <= c.Today).Take(500).ToListAsync(ct);
        return due.Count(t => t.OpenIfDue(c.Today));
    }
}
