using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Ordering.Features.Orders;

public sealed record BuyerOrderRow(Guid Id, string Number, OrderStatus Status, PayBy PayBy, long TotalFen, int Items, string FirstProduct, DateTime PlacedUtc, DateTime PaymentDeadlineUtc);

/// The buyer's own orders (never the invisible Placing or Failed ones), newest first.
public sealed record ListMyOrders(Guid BuyerId, OrderStatus? Status, int PageNumber = 1, int PageSize = 10) : IQuery<PagedResult<BuyerOrderRow>>;

internal sealed class ListMyOrdersHandler(OrderingDbContext db) : IRequestHandler<ListMyOrders, PagedResult<BuyerOrderRow>>
{
    public async Task<PagedResult<BuyerOrderRow>> Handle(ListMyOrders q, CancellationToken ct)
    {
        var orders = db.Orders.AsNoTracking().Where(o => o.BuyerId == q.BuyerId && o.Status != OrderStatus.Placing && o.Status != OrderStatus.Failed);
        if (q.Status is { } status) orders = orders.Where(o => o.Status == status);
        var page = await orders.OrderByDescending(o => o.PlacedUtc).ThenByDescending(o => o.Id)
            .Include(o => o.SubOrders).ThenInclude(s => s.Lines).ToPagedResultAsync(q.PageNumber, q.PageSize, ct);
        return page.Map(o => new BuyerOrderRow(o.Id, o.Number, o.Status, o.PayBy, o.TotalFen, o.SubOrders.Sum(s => s.Lines.Sum(l => l.Quantity)),
            o.SubOrders.SelectMany(s => s.Lines).Select(l => l.ProductName).FirstOrDefault() ?? "", o.PlacedUtc, o.PaymentDeadlineUtc));
    }
}
