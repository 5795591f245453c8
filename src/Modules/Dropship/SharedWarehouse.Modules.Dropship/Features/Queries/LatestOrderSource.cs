using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Features.Queries;

/// The marketplace of the shop's most recent order that came in a marketplace export: the tracking export's
/// default format (null: none yet, the generic list).
public sealed record LatestOrderSource(Guid ShopId) : IQuery<MarketplacePlatform?>;

internal sealed class LatestOrderSourceHandler(DropshipDbContext db) : IRequestHandler<LatestOrderSource, MarketplacePlatform?>
{
    public async Task<MarketplacePlatform?> Handle(LatestOrderSource q, CancellationToken ct) =>
        await db.Orders.AsNoTracking().Where(o => o.ShopId == q.ShopId && o.SourcePlatform != null)
            .OrderByDescending(o => o.CreatedUtc).ThenByDescending(o => o.Id) // same instant: ids are version 7, in creation order
            .Select(o => o.SourcePlatform).FirstOrDefaultAsync(ct);
}
