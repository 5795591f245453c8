using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
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

/// A picker's day: open tasks due today or earlier plus what the picker finished today (so a tap's result stays in
/// view), grouped by market, then floor, then stall; and returns to take back to stalls.
public sealed record PickerDay(string PickerName, DateOnly Today, IReadOnlyList<MarketGroup> Markets, IReadOnlyList<ReturnTripRow> Returns)
{
    public int OpenCount => Markets.Sum(m => m.Stalls.Sum(s => s.Tasks.Count(t => t.Status == PickupTaskStatus.Open)));
}

public sealed record GetPickerDay(Guid UserId) : IQuery<PickerDay?>;

internal sealed class GetPickerDayHandler(DropshipDbContext db, TimeProvider time) : IRequestHandler<GetPickerDay, PickerDay?>
{
    public async Task<PickerDay?> Handle(GetPickerDay q, CancellationToken ct)
    {
        var picker = await db.Pickers.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == q.UserId && p.Active, ct);
        if (picker is null) return null;
        var today = ChinaTime.Today(time);
        var dayStartUtc = ChinaTime.StartUtc(today);
        var team = picker.TeamShopId;
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.TeamShopId == team && ((t.Status == PickupTaskStatus.Open && t.DueOn <= today
                    && !db.Orders.Any(o => o.Id == t.OrderId && o.Status == DropshipOrderStatus.AwaitingFunds)) // paused until the wallet is funded
                || (t.PickerUserId == q.UserId && t.DoneUtc >= dayStartUtc && t.Status != PickupTaskStatus.Cancelled)))
            .OrderBy(t => t.MarketName).ThenBy(t => t.FloorOrder).ThenBy(t => t.StallNumber).ThenBy(t => t.CreatedUtc)
            .Take(500).ToListAsync(ct);
        var markets = tasks.GroupBy(t => (t.MarketId, t.MarketName))
            .Select(m => new MarketGroup(m.Key.MarketId, m.Key.MarketName, m.GroupBy(t => t.StallId)
                .Select(s => new StallGroup(s.Key, s.First().FloorName, s.First().FloorOrder, s.First().StallNumber, s.First().StallContact,
                    s.Select(Row).ToList())).ToList())).ToList();
        var returns = await db.Returns.AsNoTracking()
            .Where(r => r.TeamShopId == team && (r.Status == ReturnStatus.BackToStall || (r.StallDoneUtc >= dayStartUtc
                && (r.Status == ReturnStatus.StallRefunded || r.Status == ReturnStatus.StallRefused))))
            .OrderBy(r => r.MarketName).ThenBy(r => r.FloorOrder).ThenBy(r => r.StallText).Take(200).ToListAsync(ct);
        return new PickerDay(picker.Name, today, markets, returns.Select(r => new ReturnTripRow(r.Id, r.OrderNumber, r.SkuCode, r.Title, r.Colour,
            r.Size, r.Quantity, r.StallText, r.MarketName, r.PaidUnitFen, r.PickerName, r.PickedUtc, r.Status, r.StallRefundFen)).ToList());
    }

    private static PickerTaskRow Row(PickupTask t) => new(t.Id, t.OrderNumber, t.LabelId, t.SkuCode, t.Title, t.Colour, t.Size, t.Quantity,
        t.StyleNumber, t.DeclaredUnitFen, t.Status, t.PaidUnitFen, t.AvailableOn, t.PrintJobId);
}
