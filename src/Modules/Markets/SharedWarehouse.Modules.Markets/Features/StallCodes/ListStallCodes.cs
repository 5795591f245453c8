using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Markets.Contracts;
using SharedWarehouse.Modules.Markets.Data;
using SharedWarehouse.Modules.Markets.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Markets.Features.StallCodes;

public sealed record StallCodeRow(Guid Id, string Code, IReadOnlyList<StallOption> Options, DateTime UpdatedUtc);

/// The owner's stall codes whose code, stall number or market name contains the search text; null without a shop.
public sealed record ListStallCodes(Guid OwnerId, string? Search, int PageNumber = 1, int PageSize = 30) : IQuery<PagedResult<StallCodeRow>?>;

internal sealed class ListStallCodesHandler(MarketsDbContext db, IShopAccess shops) : IRequestHandler<ListStallCodes, PagedResult<StallCodeRow>?>
{
    public async Task<PagedResult<StallCodeRow>?> Handle(ListStallCodes query, CancellationToken ct)
    {
        if (await shops.ActingShopIdAsync(query.OwnerId, ct) is not { } shopId) return null;
        var codes = db.StallCodes.AsNoTracking().Where(c => c.ShopId == shopId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = MarketText.Normalize(query.Search);
            var stalls = from stall in db.Stalls
                         join market in db.Markets on stall.MarketId equals market.Id
                         where stall.NormalizedNumber.Contains(term) || market.NormalizedName.Contains(term)
                         select stall.Id;
            codes = codes.Where(c => c.NormalizedCode.Contains(term) || c.Options.Any(o => stalls.Contains(o.StallId)));
        }
        var page = await codes.OrderBy(c => c.NormalizedCode).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Code, c.UpdatedUtc })
            .ToPagedResultAsync(query.PageNumber, query.PageSize, ct);
        var options = await OptionsOf(db, page.Items.Select(c => c.Id).ToList(), ct);
        return page.Map(c => new StallCodeRow(c.Id, c.Code, options[c.Id].ToList(), c.UpdatedUtc));
    }

    /// The options of these codes with their stalls, in rank order, in one query.
    internal static async Task<ILookup<Guid, StallOption>> OptionsOf(MarketsDbContext db, IReadOnlyCollection<Guid> codeIds, CancellationToken ct)
    {
        var rows = await (
            from option in db.StallCodeOptions.AsNoTracking()
            where codeIds.Contains(option.StallCodeId)
            join stall in StallDirectory.StallRows(db) on option.StallId equals stall.StallId
            select new { option.StallCodeId, option.StyleNumber, option.Rank, Stall = stall }).ToListAsync(ct);
        return rows.OrderBy(r => r.Rank).ToLookup(r => r.StallCodeId, r => new StallOption(r.Stall.ToRef(), r.StyleNumber, r.Rank));
    }
}
