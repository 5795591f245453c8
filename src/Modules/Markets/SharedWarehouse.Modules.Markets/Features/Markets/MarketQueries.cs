using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Markets.Contracts;
using SharedWarehouse.Modules.Markets.Data;
using SharedWarehouse.Modules.Markets.Domain;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Markets.Features.Markets;

public sealed record MarketRow(Guid Id, string Name, string RegionName, string Address, string? Note, int Floors, int Stalls, int OpenStalls);

/// Markets by name (or address) containing the search text, by name.
public sealed record ListMarkets(string? Search, int PageNumber = 1, int PageSize = 20) : IQuery<PagedResult<MarketRow>>;

internal sealed class ListMarketsHandler(MarketsDbContext db, IRegionCatalog regions) : IRequestHandler<ListMarkets, PagedResult<MarketRow>>
{
    public async Task<PagedResult<MarketRow>> Handle(ListMarkets query, CancellationToken ct)
    {
        var markets = db.Markets.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = MarketText.Normalize(query.Search);
            var raw = query.Search.Trim();
            markets = markets.Where(m => m.NormalizedName.Contains(term) || m.Address.Contains(raw));
        }
        var page = await markets.OrderBy(m => m.NormalizedName).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.Name, m.RegionCode, m.Address, m.Note, Floors = m.Floors.Count })
            .ToPagedResultAsync(query.PageNumber, query.PageSize, ct);
        var ids = page.Items.Select(m => m.Id).ToList();
        var stalls = await db.Stalls.AsNoTracking().Where(s => ids.Contains(s.MarketId)).GroupBy(s => s.MarketId)
            .Select(g => new { MarketId = g.Key, All = g.Count(), Open = g.Count(s => s.IsOpen) }).ToDictionaryAsync(x => x.MarketId, ct);
        return page.Map(m => new MarketRow(m.Id, m.Name, regions.FullName(m.RegionCode), m.Address, m.Note, m.Floors,
            stalls.GetValueOrDefault(m.Id)?.All ?? 0, stalls.GetValueOrDefault(m.Id)?.Open ?? 0));
    }
}

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

/// Every stall as the stall pickers show it: by market name, floor order, then number.
public sealed record ListStallChoices : IQuery<IReadOnlyList<StallRef>>;

internal sealed class ListStallChoicesHandler(MarketsDbContext db) : IRequestHandler<ListStallChoices, IReadOnlyList<StallRef>>
{
    public async Task<IReadOnlyList<StallRef>> Handle(ListStallChoices query, CancellationToken ct)
    {
        var stalls = (await StallDirectory.StallRows(db).ToListAsync(ct)).Select(s => s.ToRef());
        return stalls.OrderBy(s => s.MarketName, StringComparer.Ordinal).ThenBy(s => s.FloorOrder).ThenBy(s => s.FloorName, StringComparer.Ordinal)
            .ThenBy(s => s.StallNumber, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
