using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Paging;
using SharedWarehouse.Modules.Returns.Data;

namespace SharedWarehouse.Modules.Returns.Features.Queries;

/// 平台介入 queue: escalated requests waiting for a decision, oldest first (or every request, newest first).
public sealed record ListPlatformAfterSales(bool EscalatedOnly, int Page) : IQuery<PagedResult<AfterSaleRow>>;

internal sealed class ListPlatformAfterSalesHandler(ReturnsDbContext db, TimeProvider time) : IRequestHandler<ListPlatformAfterSales, PagedResult<AfterSaleRow>>
{
    public Task<PagedResult<AfterSaleRow>> Handle(ListPlatformAfterSales q, CancellationToken ct) =>
        db.Requests.Filter(q.EscalatedOnly ? DeskFilter.Escalated : DeskFilter.All, time.GetUtcNow().UtcDateTime).ToRows().ToPagedResultAsync(q.Page, 20, ct);
}
