using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Paging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;

namespace SharedWarehouse.Modules.Repair.Features.Queries;

/// The merchant's repair desk: one filter's page and every filter's count. Null when the user has no shop.
public sealed record ListShopRepairs(Guid UserId, RepairFilter Filter, int Page) : IQuery<ShopRepairs?>;

public sealed record ShopRepairs(PagedResult<RepairRow> Rows, IReadOnlyDictionary<RepairFilter, int> Counts);

internal sealed class ListShopRepairsHandler(RepairDbContext db, IShopAccess shops, IOptions<RepairOptions> options, TimeProvider time)
    : IRequestHandler<ListShopRepairs, ShopRepairs?>
{
    public async Task<ShopRepairs?> Handle(ListShopRepairs q, CancellationToken ct)
    {
        if (await shops.ActingAsync(q.UserId, ct) is not { } shop) return null;
        var now = time.GetUtcNow().UtcDateTime;
        var mine = db.Repairs.Where(r => r.ShopId == shop.ShopId);
        var counts = new Dictionary<RepairFilter, int>();
        foreach (var f in Enum.GetValues<RepairFilter>().Where(f => f != RepairFilter.All))
            counts[f] = await mine.Filter(f, now, options.Value.RepairTime).CountAsync(ct);
        return new ShopRepairs(await mine.Filter(q.Filter, now, options.Value.RepairTime).ToRows().ToPagedResultAsync(q.Page, 20, ct), counts);
    }
}
