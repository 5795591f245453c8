using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Markets.Contracts;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Filter;

/// The order filter (订单筛选). Platform dropship first holds goods at declared prices + commission + shipping on
/// the merchant's wallet (too little: the order waits for funds). Then each new line is sourced: the merchant's own
/// warehouse stock (reserved in Inventory), else an accepted return of the same SKU code waiting in the warehouse,
/// else a pickup task at the chosen or primary open stall; no stall code leaves it to the merchant.
/// Every step is repeatable (wallet documents, reservation references, line states), so a retry after a crash
/// or by the sweep job finishes the work once.
public sealed record FilterDropshipOrder(Guid OrderId) : IProcess<DropshipOrderStatus>;

internal sealed class FilterDropshipOrderHandler(ISender sender, IWallet wallet, ICatalogSkuDirectory skus,
    IStockReservations reservations, IStallDirectory stalls, TimeProvider time, ILogger<FilterDropshipOrderHandler> log)
    : IRequestHandler<FilterDropshipOrder, Result<DropshipOrderStatus>>
{
    /// Reservations for dropship lines live until shipment or closing; the order keeps them held (see below).
    private static readonly TimeSpan ReservationLife = TimeSpan.FromDays(30);

    public async Task<Result<DropshipOrderStatus>> Handle(FilterDropshipOrder c, CancellationToken ct)
    {
        var plan = await sender.Send(new GetFilterPlan(c.OrderId), ct);
        if (plan is null) return Error.NotFound();
        if (plan.Finished) return plan.Status;

        if (plan.Mode == DropshipMode.Platform && !plan.HoldPlaced)
        {
            // The new hold first, so the order is never without money held; if the merchant's balance only covers it
            // once the earlier hold is given back, give that back and try once more.
            var held = await HoldAsync(plan, ct);
            if (held.IsFailure && plan.HoldVersion > 0 && IsShortage(held))
            {
                if (await ReleaseEarlierHoldsAsync(plan, ct) is { IsFailure: true } released) return Result<DropshipOrderStatus>.Failure(released.Errors);
                held = await HoldAsync(plan, ct);
            }
            if (held.IsFailure)
            {
                if (!IsShortage(held)) return Result<DropshipOrderStatus>.Failure(held.Errors);
                await sender.Send(new RecordFundsShortage(c.OrderId), ct);
                return DropshipOrderStatus.AwaitingFunds;
            }
            var recorded = await sender.Send(new RecordHold(c.OrderId, plan.HoldFen, plan.HoldDocumentId), ct);
            if (recorded.IsFailure) return Result<DropshipOrderStatus>.Failure(recorded.Errors);
            if (await ReleaseEarlierHoldsAsync(plan, ct) is { IsFailure: true } rest) return Result<DropshipOrderStatus>.Failure(rest.Errors);
        }

        var decisions = new List<LineDecision>();
        var stallCodes = await stalls.ResolveAsync(plan.ShopId, plan.NewLines.Select(l => l.SkuCode).ToList(), ct);
        var preferred = await stalls.FindStallsAsync(plan.NewLines.Where(l => l.PreferredStallId is not null).Select(l => l.PreferredStallId!.Value).ToList(), ct);
        foreach (var line in plan.NewLines)
        {
            if (await ReserveFromWarehouseAsync(plan, line, ct) is { } reserved) { decisions.Add(reserved); continue; }
            decisions.Add(StallFor(line, stallCodes, preferred));
        }
        var applied = await sender.Send(new ApplyFilterDecisions(c.OrderId, decisions, ChinaTime.Today(time)), ct);
        return applied;
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

    private async Task<LineDecision?> ReserveFromWarehouseAsync(FilterPlan plan, PlannedLine line, CancellationToken ct)
    {
        var sku = await skus.FindByCodeAsync(plan.ShopId, line.SkuCode, ct);
        // Any SKU of the shop counts, approved for our marketplace or not: the goods are its own, sold in its outside shops.
        if (sku is null) return null;
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
}

public static class DropshipDocuments
{
    public const string Order = "dropship-order";
    public const string ResoldReturn = "dropship-return-resold";
    public const string StallRefund = "dropship-stall-refund";

    public static string ReservationOf(Guid lineId) => $"ds:{lineId:N}";
}
