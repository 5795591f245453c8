using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Features.Picking;

internal static class PickerScope
{
    /// A task is the picker's when it belongs to the picker's team (the shop's own, or the platform's); others are not found.
    public static async Task<(Picker Picker, PickupTask Task)?> TaskAsync(DropshipDbContext db, Guid userId, Guid taskId, CancellationToken ct,
        bool tracked = true)
    {
        var picker = await db.Pickers.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId && p.Active, ct);
        if (picker is null) return null;
        var tasks = tracked ? db.Tasks : db.Tasks.AsNoTracking();
        var task = await tasks.FirstOrDefaultAsync(t => t.Id == taskId && t.TeamShopId == picker.TeamShopId, ct);
        return task is null ? null : (picker, task);
    }
}
