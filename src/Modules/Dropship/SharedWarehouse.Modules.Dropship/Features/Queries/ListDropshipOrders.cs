using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.BuildingBlocks.Paging;
using SharedWarehouse.SharedKernel;

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
        {
            // Numbers in their scanned form (ScanCode), names and ids as typed.
            var code = ScanCode.Normalize(keyword);
            orders = orders.Where(o => o.Number == code || o.ExternalOrderId == keyword || o.TrackingNumber == code
                || o.ReceiverName == keyword || o.Lines.Any(l => l.SkuCode == keyword));
        }
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
