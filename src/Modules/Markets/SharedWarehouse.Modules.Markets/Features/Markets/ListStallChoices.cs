using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Markets.Contracts;
using SharedWarehouse.Modules.Markets.Data;

namespace SharedWarehouse.Modules.Markets.Features.Markets;

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
