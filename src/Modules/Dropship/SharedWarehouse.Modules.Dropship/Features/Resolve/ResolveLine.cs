using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Filter;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Resolve;

public enum Resolution { SwitchStall = 1, Requeue = 2, CorrectPrice = 3 }

/// The merchant answers a line a picker could not buy (out of stock, in stock on a later day, price above the
/// declared one) or that had no stall: another stall, a later day (the morning job opens the task that day), or a
/// corrected declared price (platform dropship: the hold is replaced). The line goes back through the filter, which
/// issues the new task (and re-checks the warehouse first).
public sealed record ResolveDropshipLine(Guid ShopId, Guid OrderId, Guid LineId, Resolution Resolution, Guid? StallId, DateOnly? Day,
    long? DeclaredUnitFen) : IProcess<DropshipOrderStatus>;

internal sealed class ResolveDropshipLineHandler(ISender sender) : IRequestHandler<ResolveDropshipLine, Result<DropshipOrderStatus>>
{
    public async Task<Result<DropshipOrderStatus>> Handle(ResolveDropshipLine c, CancellationToken ct)
    {
        var reissued = await sender.Send(new ReissueLine(c), ct);
        if (reissued.IsFailure) return Result<DropshipOrderStatus>.Failure(reissued.Errors);
        // The filter places the new hold (a corrected price bumped its version) before it gives the old one back.
        return await sender.Send(new FilterDropshipOrder(c.OrderId), ct);
    }
}

/// Sends the line back to the filter; a corrected price also asks for a new hold (the next version).
public sealed record ReissueLine(ResolveDropshipLine Request) : ICommand;

internal sealed class ReissueLineHandler(DropshipDbContext db, TimeProvider time) : IRequestHandler<ReissueLine, Result>
{
    public async Task<Result> Handle(ReissueLine command, CancellationToken ct)
    {
        var c = command.Request;
        var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == c.OrderId && o.ShopId == c.ShopId, ct);
        var line = order?.Line(c.LineId);
        if (order is null || line is null) return Error.NotFound();
        if (order.IsFinished) return Error.Conflict("订单已结束");
        var today = ChinaTime.Today(time);
        Result result;
        switch (c.Resolution)
        {
            case Resolution.SwitchStall when c.StallId is null:
                return Error.Validation("StallId", "请选择档口");
            case Resolution.SwitchStall:
                result = line.Reissue(c.StallId, null);
                break;
            case Resolution.Requeue when c.Day is not { } day || day <= today || day > today.AddDays(60):
                return Error.Validation("Day", "请选择明天到 60 天之内的日期");
            case Resolution.Requeue:
                result = line.Reissue(null, c.Day);
                break;
            case Resolution.CorrectPrice when c.DeclaredUnitFen is not { } price || price <= 0:
                return Error.Validation("DeclaredPrice", "请填写正确的拿货价");
            case Resolution.CorrectPrice when line.QuotedUnitFen is { } quoted && c.DeclaredUnitFen < quoted:
                return Error.Validation("DeclaredPrice", "申报价不能低于档口实际价 {0} 元", Money.Yuan(line.QuotedUnitFen.Value));
            case Resolution.CorrectPrice:
                if (line.Status != LineStatus.PriceAboveDeclared) return Error.Conflict("该商品行没有价格问题");
                result = line.Declare(c.DeclaredUnitFen!.Value);
                if (result.IsSuccess) result = line.Reissue(null, null);
                if (result.IsSuccess && order.Mode == DropshipMode.Platform && order.HoldPlaced) order.ReplaceHold();
                break;
            default:
                return Error.Validation("Resolution", "请选择处理方式");
        }
        if (result.IsFailure) return result;
        if (line.TaskId is { } taskId && await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, ct) is { } task) task.Cancel();
        return Result.Success();
    }
}

/// Closes an order that cannot (or should not) be fulfilled: open tasks cancelled, warehouse reservations released,
/// a returned item it took goes back to returned stock, and the wallet hold released. Each step is repeatable.
public sealed record CloseDropshipOrder(Guid? ShopId, Guid OrderId, string? Reason) : IProcess<bool>;

internal sealed class CloseDropshipOrderHandler(ISender sender, IWallet wallet, Inventory.Contracts.IStockReservations reservations)
    : IRequestHandler<CloseDropshipOrder, Result<bool>>
{
    public async Task<Result<bool>> Handle(CloseDropshipOrder c, CancellationToken ct)
    {
        var closed = await sender.Send(new MarkDropshipOrderClosed(c.ShopId, c.OrderId, c.Reason ?? ""), ct);
        if (closed.IsFailure) return Result<bool>.Failure(closed.Errors);
        foreach (var reference in closed.Value.Reservations)
            await reservations.ReleaseAsync(reference, ct); // already released or expired: nothing left to give back
        foreach (var hold in closed.Value.Holds)
        {
            var released = await wallet.ReleaseHoldAsync(new WalletDocument(DropshipDocuments.Order, hold), ct);
            if (released.IsFailure && !released.IsNotFound) return Result<bool>.Failure(released.Errors);
        }
        // Until this is recorded the sweep repeats the releases (a crash above leaves nothing held for good).
        var done = await sender.Send(new MarkDropshipOrderReleased(c.OrderId), ct);
        return done.IsFailure ? Result<bool>.Failure(done.Errors) : true;
    }
}

public sealed record ClosedOrder(IReadOnlyList<string> Reservations, IReadOnlyList<string> Holds);

public sealed record MarkDropshipOrderClosed(Guid? ShopId, Guid OrderId, string Reason) : ICommand<ClosedOrder>;

internal sealed class MarkDropshipOrderClosedHandler(DropshipDbContext db) : IRequestHandler<MarkDropshipOrderClosed, Result<ClosedOrder>>
{
    public async Task<Result<ClosedOrder>> Handle(MarkDropshipOrderClosed c, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.Lines)
            .FirstOrDefaultAsync(o => o.Id == c.OrderId && (c.ShopId == null || o.ShopId == c.ShopId), ct);
        if (order is null) return Error.NotFound();
        // Every reservation the order ever made (a repeated close lists them again: releasing twice is harmless).
        var reservations = order.Lines.Where(l => l.ReservationReference is not null).Select(l => l.ReservationReference!).ToList();
        var taken = order.Lines.Where(l => l.ReturnCaseId is not null && l.Status == LineStatus.Received).Select(l => l.ReturnCaseId!.Value).ToList();
        var closed = order.Close(c.Reason, db.Now());
        if (closed.IsFailure) return Result<ClosedOrder>.Failure(closed.Errors);
        await db.Tasks.Where(t => t.OrderId == order.Id && (t.Status == PickupTaskStatus.Open || t.Status == PickupTaskStatus.Scheduled))
            .ForEachAsync(t => t.Cancel(), ct);
        foreach (var item in await db.Returns.Where(r => taken.Contains(r.Id)).ToListAsync(ct)) item.BackInStock();
        // Every hold version this order may have placed (a replaced one may survive a crash); unknown ones are not found.
        var holds = Enumerable.Range(0, order.HoldVersion + 1).Select(v => $"{order.Id}:{v}").ToList();
        return new ClosedOrder(reservations, holds);
    }
}

public sealed record MarkDropshipOrderReleased(Guid OrderId) : ICommand;

internal sealed class MarkDropshipOrderReleasedHandler(DropshipDbContext db) : IRequestHandler<MarkDropshipOrderReleased, Result>
{
    public async Task<Result> Handle(MarkDropshipOrderReleased c, CancellationToken ct)
    {
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == c.OrderId, ct);
        if (order is null) return Error.NotFound();
        order.Released(db.Now());
        return Result.Success();
    }
}
