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

public sealed record GetFilterPlans(IReadOnlyList<Guid> OrderIds) : IQuery<IReadOnlyList<FilterPlan>>;

internal sealed class GetFilterPlansHandler(DropshipDbContext db, DropshipOptions options) : IRequestHandler<GetFilterPlans, IReadOnlyList<FilterPlan>>
{
    public async Task<IReadOnlyList<FilterPlan>> Handle(GetFilterPlans q, CancellationToken ct)
    {
        if (q.OrderIds.Count == 0) return [];
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => q.OrderIds.Contains(o.Id)).ToListAsync(ct);
        return orders.Select(order => new FilterPlan(order.Id, order.ShopId, order.Number, order.Mode, order.Status, order.IsFinished, order.HoldPlaced,
            order.ComputeHold(options.Fees), order.HoldDocumentId, order.HoldVersion,
            order.Lines.Where(l => l.Status == LineStatus.New).OrderBy(l => l.LineNumber)
                .Select(l => new PlannedLine(l.Id, l.SkuCode, l.Quantity, l.PreferredStallId)).ToList())).ToList();
    }
}

/// The wallet refused these orders' holds for want of funds: they wait (the sweep retries them).
public sealed record RecordFundsShortage(IReadOnlyList<Guid> OrderIds) : ICommand;

internal sealed class RecordFundsShortageHandler(DropshipDbContext db) : IRequestHandler<RecordFundsShortage, Result>
{
    public async Task<Result> Handle(RecordFundsShortage c, CancellationToken ct)
    {
        var now = db.Now();
        foreach (var order in await db.Orders.Where(o => c.OrderIds.Contains(o.Id)).ToListAsync(ct)) order.AwaitFunds(now);
        return Result.Success();
    }
}

public sealed record HeldOrder(Guid OrderId, long AmountFen, string DocumentId);

/// The wallet holds these orders' money: recorded on the orders, which answer with their status.
public sealed record RecordHold(IReadOnlyList<HeldOrder> Orders) : ICommand<IReadOnlyDictionary<Guid, DropshipOrderStatus>>;

internal sealed class RecordHoldHandler(DropshipDbContext db) : IRequestHandler<RecordHold, Result<IReadOnlyDictionary<Guid, DropshipOrderStatus>>>
{
    public async Task<Result<IReadOnlyDictionary<Guid, DropshipOrderStatus>>> Handle(RecordHold c, CancellationToken ct)
    {
        var ids = c.Orders.Select(h => h.OrderId).ToList();
        var orders = await db.Orders.Include(o => o.Lines).Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        foreach (var held in c.Orders)
            // A hold placed for an older version (the prices changed meanwhile) is released by the caller of the change.
            if (orders.TryGetValue(held.OrderId, out var order) && order.HoldDocumentId == held.DocumentId) order.HoldRecorded(held.AmountFen);
        return orders.Values.ToDictionary(o => o.Id, o => o.Status);
    }
}

public enum LineSource { Warehouse = 1, Stall = 2, NoStall = 3 }

public sealed record LineDecision(Guid LineId, LineSource Source, Guid? CatalogSkuId, string? ReservationReference, StallSnapshot? Stall);

public sealed record OrderDecisions(Guid OrderId, IReadOnlyList<LineDecision> Lines);

/// Records the filter's decisions for a batch of orders in one unit of work. A line not reserved in the warehouse
/// takes an accepted return of the same SKU code and quantity waiting in this warehouse, if there is one (that
/// return's flow ends: sold again), before a trip to a stall; tasks are issued for stall lines (scheduled when
/// re-queued for a later day); reservations are asked to be held until shipment. Answers each order's status.
public sealed record ApplyFilterDecisions(IReadOnlyList<OrderDecisions> Orders, DateOnly Today) : ICommand<IReadOnlyDictionary<Guid, DropshipOrderStatus>>;

internal sealed class ApplyFilterDecisionsHandler(DropshipDbContext db) : IRequestHandler<ApplyFilterDecisions, Result<IReadOnlyDictionary<Guid, DropshipOrderStatus>>>
{
    public async Task<Result<IReadOnlyDictionary<Guid, DropshipOrderStatus>>> Handle(ApplyFilterDecisions c, CancellationToken ct)
    {
        var ids = c.Orders.Select(o => o.OrderId).ToList();
        var orders = await db.Orders.Include(o => o.Lines).Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var open = c.Orders.Where(d => orders.TryGetValue(d.OrderId, out var o) && !o.IsFinished && o.Status != DropshipOrderStatus.AwaitingFunds)
            .Select(d => (Order: orders[d.OrderId], d.Lines)).ToList();
        var newLines = open.SelectMany(o => o.Order.Lines.Where(l => l.Status == LineStatus.New)).ToList();
        var returns = await WaitingReturnsAsync(open.Select(o => o.Order.ShopId).Distinct().ToList(), newLines.Select(l => l.SkuCode).Distinct().ToList(), ct);
        var taskIds = newLines.Where(l => l.TaskId is not null).Select(l => l.TaskId!.Value).ToList();
        var currentTasks = taskIds.Count == 0 ? new Dictionary<Guid, PickupTask>() : await db.Tasks.Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var now = db.Now();
        var held = new List<string>();
        foreach (var (order, decisions) in open)
        {
            foreach (var decision in decisions)
            {
                var line = order.Line(decision.LineId);
                if (line is null || line.Status != LineStatus.New) continue;
                var returned = returns.FirstOrDefault(r => r.Status == ReturnStatus.InStock && r.ShopId == order.ShopId && r.Scope == order.Scope
                    && r.SkuCode == line.SkuCode && r.Quantity == line.Quantity);
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
                        if (line.TaskId is { } current && currentTasks.TryGetValue(current, out var previous)) previous.Cancel();
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
        }
        if (held.Count > 0) db.Publish(new ReservationsHoldRequested(Guid.CreateVersion7(), held));
        return orders.Values.ToDictionary(o => o.Id, o => o.Status);
    }

    /// Accepted returns waiting in a warehouse with one of these SKU codes, oldest inspection first: the lines take
    /// them in that order, each at most once (SellAgain ends its flow).
    private async Task<List<ReturnCase>> WaitingReturnsAsync(List<Guid> shops, List<string> codes, CancellationToken ct) =>
        codes.Count == 0 ? [] : await db.Returns.Where(r => shops.Contains(r.ShopId) && r.Status == ReturnStatus.InStock && codes.Contains(r.SkuCode))
            .OrderBy(r => r.InspectedUtc).ToListAsync(ct);
}
