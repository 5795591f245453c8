using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Markets.Contracts;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Filter;

/// The order filter (订单筛选) for a batch of orders (a received batch, or one order: FilterDropshipOrder). Platform dropship
/// first holds goods at declared prices + commission + shipping on the merchant's wallet (too little: the order waits
/// for funds). Then each new line is sourced: the merchant's own warehouse stock (reserved in Inventory), else an
/// accepted return of the same SKU code waiting in the warehouse, else a pickup task at the chosen or primary open
/// stall; no stall code leaves it to the merchant. Every step is repeatable (wallet documents, reservation references,
/// line states), so a retry after a crash or by the sweep job finishes the work once.
/// For many orders the steps are the same, with the reads and writes done for the
/// whole batch (one plan query, one stall-code and one catalog lookup per shop, one unit of work recording the
/// holds and one applying the decisions) instead of per order. Wallet holds and stock reservations stay one call
/// each: each is its own document in its module. An order that cannot be finished (a wallet error, or a change
/// made to it meanwhile) is reported in Failures and never holds the others back; the sweep job finishes it later.
public sealed record FilterDropshipOrders(IReadOnlyList<Guid> OrderIds) : IProcess<FilterReport>;

public sealed record FilterReport(IReadOnlyDictionary<Guid, DropshipOrderStatus> Statuses, IReadOnlyDictionary<Guid, IReadOnlyList<Error>> Failures);

internal sealed class FilterDropshipOrdersHandler(ISender sender, IWallet wallet, ICatalogSkuDirectory skus,
    IStockReservations reservations, IStallDirectory stalls, TimeProvider time, ILogger<FilterDropshipOrdersHandler> log)
    : IRequestHandler<FilterDropshipOrders, Result<FilterReport>>
{
    /// Reservations for dropship lines live until shipment or closing; the order keeps them held (see ApplyFilterDecisions).
    private static readonly TimeSpan ReservationLife = TimeSpan.FromDays(30);

    public async Task<Result<FilterReport>> Handle(FilterDropshipOrders c, CancellationToken ct)
    {
        var statuses = new Dictionary<Guid, DropshipOrderStatus>();
        var failures = new Dictionary<Guid, IReadOnlyList<Error>>();
        var plans = (await sender.Send(new GetFilterPlans(c.OrderIds.Distinct().ToList()), ct)).ToDictionary(p => p.OrderId);
        foreach (var id in c.OrderIds.Where(id => !plans.ContainsKey(id))) failures[id] = [Error.NotFound()];
        foreach (var plan in plans.Values.Where(p => p.Finished)) statuses[plan.OrderId] = plan.Status;

        await HoldAllAsync(plans.Values.Where(p => !p.Finished && p.Mode == DropshipMode.Platform && !p.HoldPlaced).ToList(), statuses, failures, ct);

        var toSource = plans.Values.Where(p => !statuses.ContainsKey(p.OrderId) && !failures.ContainsKey(p.OrderId)).ToList();
        if (toSource.Count == 0) return new FilterReport(statuses, failures);
        var decided = await DecideAsync(toSource, ct);
        var today = ChinaTime.Today(time);
        var applied = await AllOrEachAsync(decided, d => d.OrderId, batch => new ApplyFilterDecisions(batch, today), ct);
        Collect(applied, statuses, failures);
        return new FilterReport(statuses, failures);
    }

    /// Platform dropship: the new hold first, so the order is never without money held; if the merchant's balance only
    /// covers it once the earlier hold is given back, give that back and try once more. One wallet call per order;
    /// the outcomes (held, or waiting for funds) are recorded for the batch at once.
    private async Task HoldAllAsync(IReadOnlyList<FilterPlan> plans, Dictionary<Guid, DropshipOrderStatus> statuses,
        Dictionary<Guid, IReadOnlyList<Error>> failures, CancellationToken ct)
    {
        if (plans.Count == 0) return;
        var held = new List<HeldOrder>();
        var shortOfFunds = new List<Guid>();
        foreach (var plan in plans)
        {
            var hold = await HoldAsync(plan, ct);
            if (hold.IsFailure && plan.HoldVersion > 0 && IsShortage(hold))
            {
                if (await ReleaseEarlierHoldsAsync(plan, ct) is { IsFailure: true } released) { failures[plan.OrderId] = released.Errors; continue; }
                hold = await HoldAsync(plan, ct);
            }
            if (hold.IsSuccess) held.Add(new HeldOrder(plan.OrderId, plan.HoldFen, plan.HoldDocumentId));
            else if (IsShortage(hold)) shortOfFunds.Add(plan.OrderId);
            else failures[plan.OrderId] = hold.Errors;
        }
        if (shortOfFunds.Count > 0)
        {
            await sender.Send(new RecordFundsShortage(shortOfFunds), ct);
            foreach (var id in shortOfFunds) statuses[id] = DropshipOrderStatus.AwaitingFunds;
        }
        if (held.Count == 0) return;
        var recorded = await AllOrEachAsync(held, h => h.OrderId, batch => new RecordHold(batch), ct);
        foreach (var plan in plans.Where(p => recorded.TryGetValue(p.OrderId, out var r) && r.IsSuccess))
            if (await ReleaseEarlierHoldsAsync(plan, ct) is { IsFailure: true } rest) failures[plan.OrderId] = rest.Errors;
        foreach (var (id, result) in recorded.Where(r => r.Value.IsFailure)) failures[id] = result.Errors;
    }

    private Task<Result> HoldAsync(FilterPlan plan, CancellationToken ct) =>
        wallet.HoldAsync(plan.ShopId, plan.HoldFen, new WalletDocument(DropshipDocuments.Order, plan.HoldDocumentId), $"一键代发 {plan.Number}", ct);

    private static bool IsShortage(Result held) => held.Errors.All(e => e.Code == WalletErrors.InsufficientFunds);

    private async Task<Result> ReleaseEarlierHoldsAsync(FilterPlan plan, CancellationToken ct)
    {
        foreach (var document in plan.EarlierHolds)
        {
            var released = await wallet.ReleaseHoldAsync(new WalletDocument(DropshipDocuments.Order, document), ct);
            if (released.IsFailure && !released.IsNotFound) return released; // not found: never placed, or given back already
        }
        return Result.Success();
    }

    /// Where each new line comes from. The shop's stall codes and SKUs are looked up once for all its lines; each
    /// warehouse line is one reservation in Inventory.
    private async Task<List<OrderDecisions>> DecideAsync(IReadOnlyList<FilterPlan> plans, CancellationToken ct)
    {
        var preferredIds = plans.SelectMany(p => p.NewLines).Where(l => l.PreferredStallId is not null).Select(l => l.PreferredStallId!.Value).Distinct().ToList();
        var preferred = await stalls.FindStallsAsync(preferredIds, ct);
        var decided = new List<OrderDecisions>(plans.Count);
        foreach (var shop in plans.GroupBy(p => p.ShopId))
        {
            var codes = shop.SelectMany(p => p.NewLines).Select(l => l.SkuCode).Distinct(StringComparer.Ordinal).ToList();
            if (codes.Count == 0) { decided.AddRange(shop.Select(p => new OrderDecisions(p.OrderId, []))); continue; }
            var stallCodes = await stalls.ResolveAsync(shop.Key, codes, ct);
            // Any SKU of the shop counts, approved for our marketplace or not: the goods are its own, sold in its outside shops.
            var catalog = await skus.FindByCodesAsync(shop.Key, codes, ct);
            foreach (var plan in shop)
            {
                var lines = new List<LineDecision>(plan.NewLines.Count);
                foreach (var line in plan.NewLines)
                    lines.Add(await ReserveFromWarehouseAsync(plan, line, catalog, ct) ?? StallFor(line, stallCodes, preferred));
                decided.Add(new OrderDecisions(plan.OrderId, lines));
            }
        }
        return decided;
    }

    private async Task<LineDecision?> ReserveFromWarehouseAsync(FilterPlan plan, PlannedLine line, IReadOnlyDictionary<string, SkuInfo> catalog,
        CancellationToken ct)
    {
        if (!catalog.TryGetValue(line.SkuCode, out var sku)) return null;
        // No availability check first: Inventory refuses a short reservation without touching a row, and only the
        // reservation itself can tell "already reserved by an attempt that crashed before recording it".
        var reference = DropshipDocuments.ReservationOf(line.LineId);
        var reserved = await reservations.ReserveAsync(new ReserveStock(sku.SkuId, line.Quantity, ReservationLife, reference, plan.ShopId), ct);
        if (reserved.IsSuccess) return new LineDecision(line.LineId, LineSource.Warehouse, sku.SkuId, reference, null);
        // The same reference again: an earlier attempt reserved it and stopped before recording it.
        if (reserved.Errors.Any(e => e.Code == "conflict" && e.Field != "Quantity"))
            return new LineDecision(line.LineId, LineSource.Warehouse, sku.SkuId, reference, null);
        log.LogDebug("Dropship line {LineId}: warehouse stock of {SkuCode} not reserved ({Error}); sent to pickup", line.LineId, line.SkuCode,
            reserved.Errors[0].Message);
        return null;
    }

    private static LineDecision StallFor(PlannedLine line, IReadOnlyDictionary<string, IReadOnlyList<StallOption>> codes,
        IReadOnlyDictionary<Guid, StallRef> preferred)
    {
        var options = codes.FirstOrDefault(kv => string.Equals(kv.Key, line.SkuCode, StringComparison.OrdinalIgnoreCase)).Value ?? [];
        StallOption? choice = null;
        if (line.PreferredStallId is { } wanted)
            choice = options.FirstOrDefault(o => o.Stall.StallId == wanted)
                     ?? (preferred.TryGetValue(wanted, out var stall) ? new StallOption(stall, null, 0) : null);
        choice ??= options.Where(o => o.Stall.IsOpen).MinBy(o => o.Rank) ?? options.MinBy(o => o.Rank);
        if (choice is null) return new LineDecision(line.LineId, LineSource.NoStall, null, null, null);
        var s = choice.Stall;
        return new LineDecision(line.LineId, LineSource.Stall, null, null,
            new StallSnapshot(s.StallId, s.MarketId, s.MarketName, s.FloorName, s.FloorOrder, s.StallNumber,
                string.Join(" ", new[] { s.ContactName, s.ContactPhone }.Where(x => !string.IsNullOrWhiteSpace(x))) is { Length: > 0 } contact ? contact : null,
                choice.StyleNumber));
    }

    /// One unit of work for the whole batch; when it fails (an order of it changed meanwhile, so its version no longer
    /// matches), each order again on its own, so only the changed one fails and the rest are recorded.
    private async Task<Dictionary<Guid, Result<DropshipOrderStatus>>> AllOrEachAsync<T>(IReadOnlyList<T> items, Func<T, Guid> orderOf,
        Func<IReadOnlyList<T>, ICommand<IReadOnlyDictionary<Guid, DropshipOrderStatus>>> command, CancellationToken ct)
    {
        var outcome = new Dictionary<Guid, Result<DropshipOrderStatus>>();
        var all = await sender.Send(command(items), ct);
        if (all.IsSuccess || items.Count == 1)
        {
            foreach (var item in items) outcome[orderOf(item)] = Of(all, orderOf(item));
            return outcome;
        }
        log.LogInformation("Dropship filter: a batch of {Count} orders failed together ({Error}); recorded one by one", items.Count, all.Errors[0].Message);
        foreach (var item in items) outcome[orderOf(item)] = Of(await sender.Send(command([item]), ct), orderOf(item));
        return outcome;
    }

    private static Result<DropshipOrderStatus> Of(Result<IReadOnlyDictionary<Guid, DropshipOrderStatus>> result, Guid orderId) =>
        result.IsFailure ? Result<DropshipOrderStatus>.Failure(result.Errors)
        : result.Value.TryGetValue(orderId, out var status) ? status : Result<DropshipOrderStatus>.Failure(Error.NotFound());

    private static void Collect(Dictionary<Guid, Result<DropshipOrderStatus>> results, Dictionary<Guid, DropshipOrderStatus> statuses,
        Dictionary<Guid, IReadOnlyList<Error>> failures)
    {
        foreach (var (id, result) in results)
            if (result.IsSuccess) statuses[id] = result.Value;
            else failures[id] = result.Errors;
    }
}

public static class DropshipDocuments
{
    public const string Order = "dropship-order";
    public const string ResoldReturn = "dropship-return-resold";
    public const string StallRefund = "dropship-stall-refund";

    public static string ReservationOf(Guid lineId) => $"ds:{lineId:N}";
}
