using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Markets.Contracts;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Dropship.Features.Queries;

/// The merchant's list filters: 待处理 (a line needs the merchant), 进行中, 待发货, 已发货, 已关闭, 待充值.
public enum OrderFilter { All = 0, NeedsMerchant = 1, InProgress = 2, ReadyToShip = 3, Shipped = 4, Closed = 5, AwaitingFunds = 6 }

public sealed record OrderRow(Guid Id, string Number, string ExternalOrderId, string Channel, string ReceiverName, DropshipMode Mode,
    DropshipOrderStatus Status, bool NeedsMerchant, int Lines, int LinesInHand, string? TrackingNumber, DateTime CreatedUtc);

public sealed record OrderPage(PagedResult<OrderRow> Orders, OrderFilter Filter, string? Keyword);

public sealed record ListDropshipOrders(Guid ShopId, OrderFilter Filter, string? Keyword, int Page) : IQuery<OrderPage>
{
    public const int PageSize = 20;
}

internal sealed class ListDropshipOrdersHandler(DropshipDbContext db) : IRequestHandler<ListDropshipOrders, OrderPage>
{
    private static readonly LineStatus[] Attention = [LineStatus.NoStall, LineStatus.OutOfStock, LineStatus.InStockLater, LineStatus.PriceAboveDeclared];

    public async Task<OrderPage> Handle(ListDropshipOrders q, CancellationToken ct)
    {
        var orders = db.Orders.AsNoTracking().Where(o => o.ShopId == q.ShopId);
        orders = q.Filter switch
        {
            OrderFilter.NeedsMerchant => orders.Where(o => o.Status == DropshipOrderStatus.InProgress && o.Lines.Any(l => Attention.Contains(l.Status))),
            OrderFilter.InProgress => orders.Where(o => o.Status == DropshipOrderStatus.InProgress),
            OrderFilter.ReadyToShip => orders.Where(o => o.Status == DropshipOrderStatus.ReadyToShip),
            OrderFilter.Shipped => orders.Where(o => o.Status == DropshipOrderStatus.Shipped),
            OrderFilter.Closed => orders.Where(o => o.Status == DropshipOrderStatus.Closed),
            OrderFilter.AwaitingFunds => orders.Where(o => o.Status == DropshipOrderStatus.AwaitingFunds),
            _ => orders,
        };
        var keyword = q.Keyword?.Trim();
        if (!string.IsNullOrEmpty(keyword))
            orders = orders.Where(o => o.Number == keyword.ToUpper() || o.ExternalOrderId == keyword || o.TrackingNumber == keyword
                || o.ReceiverName == keyword || o.Lines.Any(l => l.SkuCode == keyword));
        var rows = await orders.OrderByDescending(o => o.CreatedUtc).ThenByDescending(o => o.Id)
            .Select(o => new OrderRow(o.Id, o.Number, o.ExternalOrderId, o.Channel, o.ReceiverName, o.Mode, o.Status,
                o.Status == DropshipOrderStatus.InProgress && o.Lines.Any(l => Attention.Contains(l.Status)),
                o.Lines.Count(l => l.Status != LineStatus.Closed),
                o.Lines.Count(l => l.Status == LineStatus.Reserved || l.Status == LineStatus.Received || l.Status == LineStatus.Shipped),
                o.TrackingNumber, o.CreatedUtc))
            .ToPagedResultAsync(q.Page, ListDropshipOrders.PageSize, ct);
        return new OrderPage(rows, q.Filter, keyword);
    }
}

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

public sealed record ShippedExportRow(string ExternalOrderId, string Channel, string Number, string Carrier, string TrackingNumber, DateTime ShippedUtc);

/// Shipped orders with their tracking numbers for the outside shops (the CSV export), newest first, at most 5,000.
public sealed record ExportShippedOrders(Guid ShopId, DateTime FromUtc, DateTime ToUtc) : IQuery<IReadOnlyList<ShippedExportRow>>;

internal sealed class ExportShippedOrdersHandler(DropshipDbContext db) : IRequestHandler<ExportShippedOrders, IReadOnlyList<ShippedExportRow>>
{
    public async Task<IReadOnlyList<ShippedExportRow>> Handle(ExportShippedOrders q, CancellationToken ct) =>
        await db.Orders.AsNoTracking()
            .Where(o => o.ShopId == q.ShopId && o.Status == DropshipOrderStatus.Shipped && o.ShippedUtc >= q.FromUtc && o.ShippedUtc < q.ToUtc)
            .OrderByDescending(o => o.ShippedUtc).Take(5_000)
            .Select(o => new ShippedExportRow(o.ExternalOrderId, o.Channel, o.Number, o.CarrierName ?? "", o.TrackingNumber ?? "", o.ShippedUtc!.Value))
            .ToListAsync(ct);
}
