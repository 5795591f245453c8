using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Markets.Contracts;
using SharedWarehouse.Modules.Markets.Domain;

namespace SharedWarehouse.Modules.Markets.Data;

/// IStallDirectory: each call is one SQL query (options joined to their stall, floor and market).
internal sealed class StallDirectory(MarketsDbContext db) : IStallDirectory
{
    /// Keys are the caller's codes as passed (looked up ignoring case), so a caller finds each of its order lines'
    /// codes again without normalising them itself.
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<StallOption>>> ResolveAsync(Guid shopId, IReadOnlyCollection<string> codes,
        CancellationToken ct)
    {
        var wanted = codes.Where(c => !string.IsNullOrWhiteSpace(c)).GroupBy(MarketText.Normalize).ToDictionary(g => g.Key, g => g.ToList());
        var answer = new Dictionary<string, IReadOnlyList<StallOption>>(StringComparer.OrdinalIgnoreCase);
        if (wanted.Count == 0) return answer;
        var normalized = wanted.Keys.ToList();
        var rows = await (
            from code in db.StallCodes.AsNoTracking()
            where code.ShopId == shopId && normalized.Contains(code.NormalizedCode)
            join option in db.StallCodeOptions.AsNoTracking() on code.Id equals option.StallCodeId
            join stall in db.Stalls.AsNoTracking() on option.StallId equals stall.Id
            join floor in db.Floors.AsNoTracking() on stall.FloorId equals floor.Id
            join market in db.Markets.AsNoTracking() on stall.MarketId equals market.Id
            select new
            {
                code.NormalizedCode, option.StyleNumber, option.Rank,
                Stall = new StallRef(stall.Id, market.Id, market.Name, floor.Name, floor.DisplayOrder, stall.Number, stall.ContactName,
                    stall.ContactPhone, stall.IsOpen),
            }).ToListAsync(ct);
        foreach (var group in rows.GroupBy(r => r.NormalizedCode))
        {
            IReadOnlyList<StallOption> options = group.OrderBy(r => r.Rank).Select(r => new StallOption(r.Stall, r.StyleNumber, r.Rank)).ToList();
            foreach (var asked in wanted[group.Key]) answer.TryAdd(asked, options);
        }
        return answer;
    }

    public async Task<IReadOnlyDictionary<Guid, StallRef>> FindStallsAsync(IReadOnlyCollection<Guid> stallIds, CancellationToken ct)
    {
        if (stallIds.Count == 0) return new Dictionary<Guid, StallRef>();
        var ids = stallIds.Distinct().ToList();
        var rows = await StallRows(db).Where(s => ids.Contains(s.StallId)).ToListAsync(ct);
        return rows.ToDictionary(s => s.StallId, s => s.ToRef());
    }

    /// Every stall with its market and floor, flat (member-initialised, so queries can still filter and join on it).
    internal static IQueryable<StallRow> StallRows(MarketsDbContext db) =>
        from stall in db.Stalls.AsNoTracking()
        join floor in db.Floors.AsNoTracking() on stall.FloorId equals floor.Id
        join market in db.Markets.AsNoTracking() on stall.MarketId equals market.Id
        select new StallRow
        {
            StallId = stall.Id, MarketId = market.Id, MarketName = market.Name, FloorName = floor.Name, FloorOrder = floor.DisplayOrder,
            StallNumber = stall.Number, ContactName = stall.ContactName, ContactPhone = stall.ContactPhone, IsOpen = stall.IsOpen,
        };
}

internal sealed class StallRow
{
    public Guid StallId { get; init; }
    public Guid MarketId { get; init; }
    public string MarketName { get; init; } = "";
    public string FloorName { get; init; } = "";
    public int FloorOrder { get; init; }
    public string StallNumber { get; init; } = "";
    public string? ContactName { get; init; }
    public string? ContactPhone { get; init; }
    public bool IsOpen { get; init; }

    public StallRef ToRef() => new(StallId, MarketId, MarketName, FloorName, FloorOrder, StallNumber, ContactName, ContactPhone, IsOpen);
}
