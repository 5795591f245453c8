using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// Notes on the shop's just-created orders which marketplace's export they came in, for the tracking file back to
/// that shop. One statement; only orders without a source yet are touched.
public sealed record RecordOrderSources(Guid ShopId, MarketplacePlatform Platform, IReadOnlyList<string> Numbers) : ICommand;

internal sealed class RecordOrderSourcesHandler(DropshipDbContext db) : IRequestHandler<RecordOrderSources, Result>
{
    public async Task<Result> Handle(RecordOrderSources c, CancellationToken ct)
    {
        if (c.Numbers.Count == 0) return Result.Success();
        await db.Orders.Where(o => o.ShopId == c.ShopId && o.SourcePlatform == null && c.Numbers.Contains(o.Number))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.SourcePlatform, (MarketplacePlatform?)c.Platform), ct);
        return Result.Success();
    }
}
