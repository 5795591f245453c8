using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Paging;
using SharedWarehouse.Modules.Repair.Data;

namespace SharedWarehouse.Modules.Repair.Features.Queries;

/// 我的维修: the buyer's repairs, newest first.
public sealed record ListMyRepairs(Guid BuyerId, int Page) : IQuery<PagedResult<RepairRow>>;

internal sealed class ListMyRepairsHandler(RepairDbContext db) : IRequestHandler<ListMyRepairs, PagedResult<RepairRow>>
{
    public Task<PagedResult<RepairRow>> Handle(ListMyRepairs q, CancellationToken ct) =>
        db.Repairs.Where(r => r.BuyerId == q.BuyerId).ToRows().ToPagedResultAsync(q.Page, 20, ct);
}
