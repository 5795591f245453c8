using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Picking;

/// "Out of stock" or "in stock on day X": the line goes to the merchant to decide (another stall, a later day, close).
public sealed record ReportStallShortage(Guid UserId, Guid TaskId, DateOnly? AvailableOn) : ICommand;

internal sealed class ReportStallShortageHandler(DropshipDbContext db, TimeProvider time, IMerchantDirectory merchants) : IRequestHandler<ReportStallShortage, Result>
{
    public async Task<Result> Handle(ReportStallShortage c, CancellationToken ct)
    {
        var found = await PickerScope.TaskAsync(db, c.UserId, c.TaskId, ct);
        if (found is null) return Error.NotFound();
        var (picker, task) = found.Value;
        var now = db.Now();
        var reported = c.AvailableOn is { } day
            ? task.ReportInStockOn(picker.UserId, picker.Name, day, ChinaTime.Today(time), now)
            : task.ReportOutOfStock(picker.UserId, picker.Name, now);
        if (reported.IsFailure) return reported;
        var order = await db.Orders.Include(o => o.Lines).FirstAsync(o => o.Id == task.OrderId, ct);
        var line = order.Line(task.LineId)!;
        if (line.TaskId == task.Id && line.Status == LineStatus.AwaitingPickup)
        {
            if (c.AvailableOn is { } d) line.InStockLaterReported(d);
            else line.OutOfStockReported();
            await MerchantTold.PublishAsync(db, merchants, order, c.AvailableOn is null ? "档口无货，请处理代发订单" : "档口晚些有货，请处理代发订单",
                "订单 {0} 的 {1} 在 {2} 拿不到货，请换档口、改日再拿或关闭订单。", [order.Number, line.SkuCode, task.StallNumber], ct);
        }
        order.Refresh();
        return Result.Success();
    }
}
