using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Markets.Data;

namespace SharedWarehouse.Modules.Markets.Features.Markets;

public sealed record StallView(Guid Id, Guid FloorId, string Number, string? ContactName, string? ContactPhone, bool IsOpen);

public sealed record FloorView(Guid Id, string Name, int DisplayOrder, IReadOnlyList<StallView> Stalls);

public sealed record MarketView(Guid Id, string Name, string RegionCode, string RegionName, string Address, string? Note, IReadOnlyList<FloorView> Floors)
{
    public StallView? FindStall(Guid id) => Floors.SelectMany(f => f.Stalls).FirstOrDefault(s => s.Id == id);
}

/// A market with its floors in walking order and each floor's stalls by number (the directory page).
public sealed record GetMarket(Guid MarketId) : IQuery<MarketView?>;

internal sealed class GetMarketHandler(MarketsDbContext db, IRegionCatalog regions) : IRequestHandler<GetMarket, MarketView?>
{
    public async Task<MarketView?> Handle(GetMarket query, CancellationToken ct)
    {
        var market = await db.Markets.AsNoTracking().Include(m => m.Floors).FirstOrDefaultAsync(m => m.Id == query.MarketId, ct);
        if (market is null) return null;
        var stalls = await db.Stalls.AsNoTracking().Where(s => s.MarketId == market.Id).OrderBy(s => s.NormalizedNumber)
            .Select(s => new StallView(s.Id, s.FloorId, s.Number, s.ContactName, s.ContactPhone, s.IsOpen)).ToListAsync(ct);
        var byFloor = stalls.ToLookup(s => s.FloorId);
        var floors = market.Floors.OrderBy(f => f.DisplayOrder).ThenBy(f => f.NormalizedName, StringComparer.Ordinal)
            .Select(f => new FloorView(f.Id, f.Name, f.DisplayOrder, byFloor[f.Id].ToList())).ToList();
        return new MarketView(market.Id, market.Name, market.RegionCode, regions.FullName(market.RegionCode), market.Address, market.Note, floors);
    }
}
