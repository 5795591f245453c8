using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Paging;
using SharedWarehouse.Modules.Returns.Data;

namespace SharedWarehouse.Modules.Returns.Features.Queries;

/// 我的售后: the buyer's requests, newest first.
public sealed record ListMyAfterSales(Guid BuyerId, int Page) : IQuery<PagedResult<AfterSaleRow>>;

internal sealed class ListMyAfterSalesHandler(ReturnsDbContext db) : IRequestHandler<ListMyAfterSales, PagedResult<AfterSaleRow>>
{
    public Task<PagedResult<AfterSaleRow>> Handle(ListMyAfterSales q, CancellationToken ct) =>
        db.Requests.Where(r => r.BuyerId == q.BuyerId).ToRows().ToPagedResultAsync(q.Page, 20, ct);
}
