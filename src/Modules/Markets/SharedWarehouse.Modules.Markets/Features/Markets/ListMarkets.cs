using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
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
