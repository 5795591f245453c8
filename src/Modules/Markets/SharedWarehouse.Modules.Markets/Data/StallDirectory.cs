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
        return await StallRefs(db).Where(s => ids.Contains(s.StallId)).ToDictionaryAsync(s => s.StallId, ct);
    }

    /// Every stall with its market and floor, as the contract shows it.
    internal static IQueryable<StallRef> StallRefs(MarketsDbContext db) =>
        from stall in db.Stalls.AsNoTracking()
        join floor in db.Floors.AsNoTracking() on stall.FloorId equals floor.Id
        join market in db.Markets.AsNoTracking() on stall.MarketId equals market.Id
        select new StallRef(stall.Id, market.Id, market.Name, floor.Name, floor.DisplayOrder, stall.Number, stall.ContactName,
            stall.ContactPhone, stall.IsOpen);
}
