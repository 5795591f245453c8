using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Alerts;

public sealed record RemoveLowStockThreshold(Guid UserId, Guid ThresholdId) : ICommand;

internal sealed class RemoveLowStockThresholdHandler(InventoryDbContext db, ShopScope scope) : IRequestHandler<RemoveLowStockThreshold, Result>
{
    public async Task<Result> Handle(RemoveLowStockThreshold c, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var row = await db.Thresholds.FirstOrDefaultAsync(t => t.Id == c.ThresholdId && t.ShopId == shop, ct);
        if (row is null) return Error.NotFound();
        db.Thresholds.Remove(row);
        return Result.Success();
    }
}
