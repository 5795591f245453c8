using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Markets.Contracts;

namespace SharedWarehouse.Modules.Dropship.Features.Queries;

public sealed record TaskHistoryRow(Guid TaskId, string LabelId, string Stall, string? StyleNumber, PickupTaskStatus Status, DateOnly DueOn,
    string? PickerName, long? PaidUnitFen, DateOnly? AvailableOn, DateTime? DoneUtc);

public sealed record LineDetail(Guid Id, int Number, string SkuCode, string Title, string Colour, string Size, int Quantity, long DeclaredUnitFen,
    LineStatus Status, long? PaidUnitFen, long? QuotedUnitFen, DateOnly? AvailableOn, DateOnly? NotBefore, string? LabelId,
    IReadOnlyList<TaskHistoryRow> Tasks, IReadOnlyList<StallOption> StallOptions);

public sealed record OrderDetail(Guid Id, string Number, string ExternalOrderId, string Channel, DropshipMode Mode, DropshipOrderStatus Status,
    string ReceiverName, string ReceiverPhone, string ReceiverRegionCode, string ReceiverAddress, string? BuyerMessage, DateTime CreatedUtc,
    long HoldFen, bool HoldPlaced, long? SettledFen, int? Slot, string? CarrierName, string? TrackingNumber, DateTime? ShippedUtc,
    DateTime? TrackingReportedUtc, string? CloseReason, IReadOnlyList<LineDetail> Lines)
{
    public bool CanClose => Status is not (DropshipOrderStatus.Shipped or DropshipOrderStatus.Closed);
}

/// One order of the shop (null for another shop's id): lines, each line's task history, and for lines waiting for
/// the merchant the stalls it may switch to (its stall codes, primary first).
public sealed record GetDropshipOrder(Guid ShopId, Guid OrderId) : IQuery<OrderDetail?>;

internal sealed class GetDropshipOrderHandler(DropshipDbContext db, IStallDirectory stalls) : IRequestHandler<GetDropshipOrder, OrderDetail?>
{
    public async Task<OrderDetail?> Handle(GetDropshipOrder q, CancellationToken ct)
    {
        var o = await db.Orders.AsNoTracking().Include(x => x.Lines).FirstOrDefaultAsync(x => x.Id == q.OrderId && x.ShopId == q.ShopId, ct);
        if (o is null) return null;
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.OrderId == o.Id).OrderBy(t => t.CreatedUtc).ToListAsync(ct);
        var attention = o.Lines.Where(l => l.NeedsMerchant).Select(l => l.SkuCode).Distinct().ToList();
        var options = attention.Count == 0 ? new Dictionary<string, IReadOnlyList<StallOption>>() : await stalls.ResolveAsync(o.ShopId, attention, ct);
        var lines = o.Lines.OrderBy(l => l.LineNumber).Select(l => new LineDetail(l.Id, l.LineNumber, l.SkuCode, l.Title, l.Colour, l.Size, l.Quantity,
            l.DeclaredUnitFen, l.Status, l.PaidUnitFen, l.QuotedUnitFen, l.AvailableOn, l.NotBefore, l.LabelId,
            tasks.Where(t => t.LineId == l.Id).Select(t => new TaskHistoryRow(t.Id, t.LabelId, $"{t.MarketName} {t.FloorName} {t.StallNumber}", t.StyleNumber,
                t.Status, t.DueOn, t.PickerName, t.PaidUnitFen, t.AvailableOn, t.DoneUtc)).ToList(),
            l.NeedsMerchant ? options.FirstOrDefault(kv => string.Equals(kv.Key, l.SkuCode, StringComparison.OrdinalIgnoreCase)).Value ?? [] : []))
            .ToList();
        return new OrderDetail(o.Id, o.Number, o.ExternalOrderId, o.Channel, o.Mode, o.Status, o.ReceiverName, o.ReceiverPhone, o.ReceiverRegionCode,
            o.ReceiverAddress, o.BuyerMessage, o.CreatedUtc, o.HoldFen, o.HoldPlaced, o.SettledFen, o.Slot, o.CarrierName, o.TrackingNumber, o.ShippedUtc,
            o.TrackingReportedUtc, o.CloseReason, lines);
    }
}
