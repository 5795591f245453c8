using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Filter;

public sealed record PlannedLine(Guid LineId, string SkuCode, int Quantity, Guid? PreferredStallId);

public sealed record FilterPlan(Guid OrderId, Guid ShopId, string Number, DropshipMode Mode, DropshipOrderStatus Status, bool Finished,
    bool HoldPlaced, long HoldFen, string HoldDocumentId, int HoldVersion, IReadOnlyList<PlannedLine> NewLines)
{
    /// Holds of earlier versions (the declared prices changed since): released once the current one is placed.
    public IEnumerable<string> EarlierHolds => Enumerable.Range(0, HoldVersion).Select(v => $"{OrderId}:{v}");
}

public sealed record GetFilterPlan(Guid OrderId) : IQuery<FilterPlan?>;

internal sealed class GetFilterPlanHandler(DropshipDbContext db, DropshipOptions options) : IRequestHandler<GetFilterPlan, FilterPlan?>
{
    public async Task<FilterPlan?> Handle(GetFilterPlan q, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).AsSplitQuery().FirstOrDefaultAsync(o => o.Id == q.OrderId, ct);
        if (order is null) return null;
        var lines = order.Lines.Where(l => l.Status == LineStatus.New)
            .Select(l => new PlannedLine(l.Id, l.SkuCode, l.Quantity, l.PreferredStallId)).ToList();
        return new FilterPlan(order.Id, order.ShopId, order.Number, order.Mode, order.Status, order.IsFinished, order.HoldPlaced,
            order.ComputeHold(options.Fees), order.HoldDocumentId, order.HoldVersion, lines);
    }
}

public sealed record RecordFundsShortage(Guid OrderId) : ICommand;

internal sealed class RecordFundsShortageHandler(DropshipDbContext db) : IRequestHandler<RecordFundsShortage, Result>
{
    public async Task<Result> Handle(RecordFundsShortage c, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == c.OrderId, ct);
        if (order is null) return Error.NotFound();
        order.AwaitFunds(db.Now());
        return Result.Success();
    }
}

public sealed record RecordHold(Guid OrderId, long AmountFen, string DocumentId) : ICommand;

internal sealed class RecordHoldHandler(DropshipDbContext db) : IRequestHandler<RecordHold, Result>
{
    public async Task<Result> Handle(RecordHold c, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == c.OrderId, ct);
        if (order is null) return Error.NotFound();
        // A hold placed for an older version (the prices changed meanwhile) is released by the caller of the change.
        if (order.HoldDocumentId == c.DocumentId) order.HoldRecorded(c.AmountFen);
        return Result.Success();
    }
}

public enum LineSource { Warehouse = 1, Stall = 2, NoStall = 3 }

public sealed record LineDecision(Guid LineId, LineSource Source, Guid? CatalogSkuId, string? ReservationReference, StallSnapshot? Stall);

/// Records the filter's decisions in one unit of work. A line not reserved in the warehouse takes an accepted return
/// of the same SKU code and quantity waiting in this warehouse, if there is one (that return's flow ends: sold again),
/// before a trip to a stall; tasks are issued for stall lines (scheduled when re-queued for a later day); reservations
/// are asked to be held until shipment.
public sealed record ApplyFilterDecisions(Guid OrderId, IReadOnlyList<LineDecision> Decisions, DateOnly Today) : ICommand<DropshipOrderStatus>;

internal sealed class ApplyFilterDecisionsHandler(DropshipDbContext db) : IRequestHandler<ApplyFilterDecisions, Result<DropshipOrderStatus>>
{
    public async Task<Result<DropshipOrderStatus>> Handle(ApplyFilterDecisions c, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == c.OrderId, ct);
        if (order is null) return Error.NotFound();
        if (order.IsFinished || order.Status == DropshipOrderStatus.AwaitingFunds) return order.Status;
        var now = db.Now();
        var held = new List<string>();
        foreach (var decision in c.Decisions)
        {
            var line = order.Line(decision.LineId);
            if (line is null || line.Status != LineStatus.New) continue;
            var returned = await db.Returns.Where(r => r.ShopId == order.ShopId && r.Scope == order.Scope && r.SkuCode == line.SkuCode
                    && r.Status == ReturnStatus.InStock && r.Quantity == line.Quantity)
                .OrderBy(r => r.InspectedUtc).FirstOrDefaultAsync(ct);
            if (returned is not null && decision.Source != LineSource.Warehouse && returned.SellAgain(order.Id).IsSuccess)
            {
                line.TookReturnedItem(returned);
                continue;
            }
            switch (decision.Source)
            {
                case LineSource.Warehouse:
                    line.ReservedInWarehouse(decision.CatalogSkuId!.Value, decision.ReservationReference!);
                    held.Add(decision.ReservationReference!);
                    break;
                case LineSource.Stall:
                    await CancelCurrentTaskAsync(line, ct);
                    var dueOn = line.NotBefore is { } day && day > c.Today ? day : c.Today;
                    var task = PickupTask.Issue(order, line, decision.Stall!, dueOn, scheduled: dueOn > c.Today, now);
                    db.Tasks.Add(task);
                    line.TaskIssued(task);
                    break;
                default:
                    line.NoStallKnown();
                    break;
            }
        }
        order.MarkFiltered();
        if (held.Count > 0) db.Publish(new ReservationsHoldRequested(Guid.CreateVersion7(), held));
        return order.Status;
    }

    private async Task CancelCurrentTaskAsync(DropshipLine line, CancellationToken ct)
    {
        if (line.TaskId is not { } id) return;
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == id, ct);
        task?.Cancel();
    }
}
