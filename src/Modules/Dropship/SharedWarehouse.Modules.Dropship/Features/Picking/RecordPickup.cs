using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Picking;

public sealed record RecordedPickup(PickOutcome Outcome, LabelContent Label, string PickerPhone);

public sealed record RecordPickup(Guid UserId, Guid TaskId, long PaidUnitFen) : ICommand<RecordedPickup>;

internal sealed class RecordPickupHandler(DropshipDbContext db, DropshipOptions options, TimeProvider time, IMerchantDirectory merchants)
    : IRequestHandler<RecordPickup, Result<RecordedPickup>>
{
    public async Task<Result<RecordedPickup>> Handle(RecordPickup c, CancellationToken ct)
    {
        var found = await PickerScope.TaskAsync(db, c.UserId, c.TaskId, ct);
        if (found is null) return Error.NotFound();
        var (picker, task) = found.Value;
        var order = await db.Orders.Include(o => o.Lines).FirstAsync(o => o.Id == task.OrderId, ct);
        var line = order.Line(task.LineId)!;
        var now = db.Now();
        if (task.IsOpen && (order.IsFinished || order.Status == DropshipOrderStatus.AwaitingFunds || line.TaskId != task.Id))
            return Error.Conflict("该订单已暂停或关闭，请勿拿货，请刷新");
        var refused = order.Mode == DropshipMode.Platform && options.IsAboveTolerance(task.DeclaredUnitFen, c.PaidUnitFen);
        if (refused || task.Status == PickupTaskStatus.PriceRefused)
        {
            var r = task.RefusePrice(picker.UserId, picker.Name, c.PaidUnitFen, now);
            if (r.IsFailure) return Result<RecordedPickup>.Failure(r.Errors);
            if (line.TaskId == task.Id && line.Status == LineStatus.AwaitingPickup)
            {
                line.PriceRefused(c.PaidUnitFen);
                await MerchantTold.PublishAsync(db, merchants, order, "拿货价超出申报，请修改", "订单 {0} 的 {1} 档口价 {2} 元，高于申报价，请修改申报价或关闭订单。",
                    [order.Number, line.SkuCode, Money.Yuan(c.PaidUnitFen)], ct);
            }
            order.Refresh();
            return new RecordedPickup(PickOutcome.PriceRefused, LabelOf(task, picker, time), picker.Phone);
        }
        var picked = task.Pick(picker.UserId, picker.Name, c.PaidUnitFen, now);
        if (picked.IsFailure) return Result<RecordedPickup>.Failure(picked.Errors);
        if (line.TaskId == task.Id && line.Status == LineStatus.AwaitingPickup) line.Picked(c.PaidUnitFen);
        order.Refresh();
        return new RecordedPickup(PickOutcome.Picked, LabelOf(task, picker, time), picker.Phone);
    }

    internal static LabelContent LabelOf(PickupTask t, Picker picker, TimeProvider time) =>
        new(t.LabelId, t.OrderNumber, string.IsNullOrEmpty(t.StyleNumber) ? t.SkuCode : $"{t.SkuCode} / {t.StyleNumber}", t.Colour, t.Size,
            $"{t.MarketName} {t.FloorName} {t.StallNumber}", t.PaidUnitFen ?? 0, t.PickerName ?? picker.Name,
            t.DoneUtc is { } done ? ChinaTime.DateOf(done) : ChinaTime.Today(time), Title: t.Title);
}
