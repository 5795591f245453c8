using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Picking;

public enum PickOutcome { Picked = 1, PriceRefused = 2 }

public sealed record PickResult(PickOutcome Outcome, string LabelId, Guid? PrintJobId, string? PrintError);

/// "Got it": the picker enters the unit price paid at the stall. Platform dropship refuses a price above the
/// declared one beyond the tolerance (the order goes back to the merchant, nothing prints); otherwise the task is
/// done and the label is queued on the picker's printer. A retried tap (lost connection) has one effect: the task's
/// state answers a repeat, and the label's queue key is the task's.
public sealed record ConfirmPickup(Guid UserId, Guid TaskId, long PaidUnitFen) : IProcess<PickResult>;

internal sealed class ConfirmPickupHandler(ISender sender, ILabelPrinting printing) : IRequestHandler<ConfirmPickup, Result<PickResult>>
{
    public async Task<Result<PickResult>> Handle(ConfirmPickup c, CancellationToken ct)
    {
        var recorded = await sender.Send(new RecordPickup(c.UserId, c.TaskId, c.PaidUnitFen), ct);
        if (recorded.IsFailure) return Result<PickResult>.Failure(recorded.Errors);
        var r = recorded.Value;
        if (r.Outcome == PickOutcome.PriceRefused) return new PickResult(PickOutcome.PriceRefused, r.Label.LabelId, null, null);
        return await PrintAsync(sender, printing, c.TaskId, r.Label, r.PickerPhone, ct);
    }

    internal static async Task<Result<PickResult>> PrintAsync(ISender sender, ILabelPrinting printing, Guid taskId, LabelContent label,
        string pickerPhone, CancellationToken ct)
    {
        var queued = await printing.EnqueueAsync(label, new PrinterChoice(PickerPhone: pickerPhone), $"pick:{taskId:N}", ct);
        if (queued.IsFailure) return new PickResult(PickOutcome.Picked, label.LabelId, null, queued.Errors[0].Message);
        await sender.Send(new RecordTaskPrintJob(taskId, queued.Value), ct);
        return new PickResult(PickOutcome.Picked, label.LabelId, queued.Value, null);
    }
}

/// Prints the label of a task already picked again through the same queue key (a lost print request, or the
/// printer was assigned only now); an explicit reprint of a printed label is the print queue's admin action.
public sealed record PrintPickedLabel(Guid UserId, Guid TaskId) : IProcess<PickResult>;

internal sealed class PrintPickedLabelHandler(ISender sender, ILabelPrinting printing) : IRequestHandler<PrintPickedLabel, Result<PickResult>>
{
    public async Task<Result<PickResult>> Handle(PrintPickedLabel c, CancellationToken ct)
    {
        var label = await sender.Send(new GetPickedLabel(c.UserId, c.TaskId), ct);
        if (label is null) return Error.NotFound();
        return await ConfirmPickupHandler.PrintAsync(sender, printing, c.TaskId, label.Value.Label, label.Value.PickerPhone, ct);
    }
}

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
            t.DoneUtc is { } done ? ChinaTime.DateOf(done) : ChinaTime.Today(time));
}

public sealed record GetPickedLabel(Guid UserId, Guid TaskId) : IQuery<(LabelContent Label, string PickerPhone)?>;

internal sealed class GetPickedLabelHandler(DropshipDbContext db, TimeProvider time) : IRequestHandler<GetPickedLabel, (LabelContent Label, string PickerPhone)?>
{
    public async Task<(LabelContent Label, string PickerPhone)?> Handle(GetPickedLabel q, CancellationToken ct)
    {
        var found = await PickerScope.TaskAsync(db, q.UserId, q.TaskId, ct, tracked: false);
        if (found is not { } f || f.Task.Status != PickupTaskStatus.Picked) return null;
        return (RecordPickupHandler.LabelOf(f.Task, f.Picker, time), f.Picker.Phone);
    }
}

public sealed record RecordTaskPrintJob(Guid TaskId, Guid PrintJobId) : ICommand;

internal sealed class RecordTaskPrintJobHandler(DropshipDbContext db) : IRequestHandler<RecordTaskPrintJob, Result>
{
    public async Task<Result> Handle(RecordTaskPrintJob c, CancellationToken ct)
    {
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == c.TaskId, ct);
        if (task is null) return Error.NotFound();
        task.Printing(c.PrintJobId);
        return Result.Success();
    }
}

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

/// The shop owner hears about a line that waits for an answer (in-app inbox), in the same transaction as the change.
internal static class MerchantTold
{
    public static async Task PublishAsync(DropshipDbContext db, IMerchantDirectory merchants, DropshipOrder order, string title, string body,
        string[] args, CancellationToken ct)
    {
        var shops = await merchants.FindShopsAsync([order.ShopId], ct);
        if (!shops.TryGetValue(order.ShopId, out var shop)) return; // no such shop (test data): nobody to tell
        db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), shop.OwnerId, title, body, args, $"/merchant/dropship/orders/{order.Id}"));
    }
}

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
