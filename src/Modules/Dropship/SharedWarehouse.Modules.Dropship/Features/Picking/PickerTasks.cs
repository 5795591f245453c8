using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Paging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Features.Picking;

public sealed record PickerTaskRow(Guid TaskId, string OrderNumber, string LabelId, string SkuCode, string Title, string Colour, string Size,
    int Quantity, string? StyleNumber, long DeclaredUnitFen, PickupTaskStatus Status, long? PaidUnitFen, DateOnly? AvailableOn, Guid? PrintJobId);

public sealed record StallGroup(Guid StallId, string FloorName, int FloorOrder, string StallNumber, string? Contact, IReadOnlyList<PickerTaskRow> Tasks);

public sealed record MarketGroup(Guid MarketId, string MarketName, IReadOnlyList<StallGroup> Stalls);

public sealed record ReturnTripRow(Guid ReturnId, string OrderNumber, string SkuCode, string Title, string Colour, string Size, int Quantity,
    string? StallText, string? MarketName, long? PaidUnitFen, string? PickerName, DateTime? PickedUtc, ReturnStatus Status, long? StallRefundFen);

/// How many of the day's tasks lie in one market: still to pick, and in all.
public sealed record MarketCount(Guid MarketId, string MarketName, int Open, int Total);

/// A picker's day: open tasks due today or earlier plus what the picker finished today (so a tap's result stays in
/// view), grouped by market, then floor, then stall, one page at a time, with the count of every market; and returns
/// to take back to stalls. MarketId narrows the list to one market (null: all).
public sealed record PickerDay(string PickerName, DateOnly Today, IReadOnlyList<MarketGroup> Markets, IReadOnlyList<ReturnTripRow> Returns,
    IReadOnlyList<MarketCount> MarketCounts, Guid? MarketId, int PageNumber, int PageCount, int ReturnsTotal)
{
    /// Tasks still to pick, in every market.
    public int OpenCount => MarketCounts.Sum(m => m.Open);

    /// The tasks of the list shown (one market or all), over all its pages.
    public int Total => MarketCounts.Where(m => MarketId is null || m.MarketId == MarketId).Sum(m => m.Total);
}

/// A picker with more tasks than a page holds pages through them (never a silent cut); the order (market, floor,
/// stall, then when issued) keeps a task on its page while the day's done tasks stay listed.
public sealed record GetPickerDay(Guid UserId, Guid? MarketId = null, int Page = 1) : IQuery<PickerDay?>
{
    public const int PageSize = 100, MaxReturns = 200;
}

internal sealed class GetPickerDayHandler(DropshipDbContext db, TimeProvider time) : IRequestHandler<GetPickerDay, PickerDay?>
{
    public async Task<PickerDay?> Handle(GetPickerDay q, CancellationToken ct)
    {
        var picker = await db.Pickers.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == q.UserId && p.Active, ct);
        if (picker is null) return null;
        var today = ChinaTime.Today(time);
        var dayStartUtc = ChinaTime.StartUtc(today);
        var team = picker.TeamShopId;
        var day = db.Tasks.AsNoTracking()
            .Where(t => t.TeamShopId == team && ((t.Status == PickupTaskStatus.Open && t.DueOn <= today
                    && !db.Orders.Any(o => o.Id == t.OrderId && o.Status == DropshipOrderStatus.AwaitingFunds)) // paused until the wallet is funded
                || (t.PickerUserId == q.UserId && t.DoneUtc >= dayStartUtc && t.Status != PickupTaskStatus.Cancelled)));
        var counts = (await day.GroupBy(t => new { t.MarketId, t.MarketName })
                .Select(g => new { g.Key.MarketId, g.Key.MarketName, Open = g.Count(t => t.Status == PickupTaskStatus.Open), Total = g.Count() })
                .ToListAsync(ct))
            .Select(m => new MarketCount(m.MarketId, m.MarketName, m.Open, m.Total)).OrderBy(m => m.MarketName, StringComparer.Ordinal).ToList();
        var marketId = q.MarketId is { } chosen && counts.Any(m => m.MarketId == chosen) ? chosen : (Guid?)null;
        var shown = marketId is { } only ? day.Where(t => t.MarketId == only) : day;
        var page = await shown.OrderBy(t => t.MarketName).ThenBy(t => t.FloorOrder).ThenBy(t => t.StallNumber).ThenBy(t => t.CreatedUtc)
            .ThenBy(t => t.Id).ToPagedResultAsync(q.Page, GetPickerDay.PageSize, ct);
        var markets = page.Items.GroupBy(t => (t.MarketId, t.MarketName))
            .Select(m => new MarketGroup(m.Key.MarketId, m.Key.MarketName, m.GroupBy(t => t.StallId)
                .Select(s => new StallGroup(s.Key, s.First().FloorName, s.First().FloorOrder, s.First().StallNumber, s.First().StallContact,
                    s.Select(Row).ToList())).ToList())).ToList();

        var trips = db.Returns.AsNoTracking()
            .Where(r => r.TeamShopId == team && (r.Status == ReturnStatus.BackToStall || (r.StallDoneUtc >= dayStartUtc
                && (r.Status == ReturnStatus.StallRefunded || r.Status == ReturnStatus.StallRefused))));
        var returns = await trips.OrderBy(r => r.MarketName).ThenBy(r => r.FloorOrder).ThenBy(r => r.StallText).ThenBy(r => r.Id)
            .Take(GetPickerDay.MaxReturns).ToListAsync(ct);
        var returnsTotal = returns.Count < GetPickerDay.MaxReturns ? returns.Count : await trips.CountAsync(ct);
        return new PickerDay(picker.Name, today, markets, returns.Select(r => new ReturnTripRow(r.Id, r.OrderNumber, r.SkuCode, r.Title, r.Colour,
            r.Size, r.Quantity, r.StallText, r.MarketName, r.PaidUnitFen, r.PickerName, r.PickedUtc, r.Status, r.StallRefundFen)).ToList(),
            counts, marketId, page.PageNumber, page.PageCount, returnsTotal);
    }

    private static PickerTaskRow Row(PickupTask t) => new(t.Id, t.OrderNumber, t.LabelId, t.SkuCode, t.Title, t.Colour, t.Size, t.Quantity,
        t.StyleNumber, t.DeclaredUnitFen, t.Status, t.PaidUnitFen, t.AvailableOn, t.PrintJobId);
}
