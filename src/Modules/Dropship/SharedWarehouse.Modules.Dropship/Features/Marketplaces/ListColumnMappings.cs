using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

public sealed record ColumnMappingRow(Guid Id, string Name, MarketplacePlatform? Platform, IReadOnlyDictionary<OrderField, string> Columns, DateTime CreatedUtc);

/// The shop's saved column mappings, newest first.
public sealed record ListColumnMappings(Guid ShopId) : IQuery<IReadOnlyList<ColumnMappingRow>>;

internal sealed class ListColumnMappingsHandler(DropshipDbContext db) : IRequestHandler<ListColumnMappings, IReadOnlyList<ColumnMappingRow>>
{
    public async Task<IReadOnlyList<ColumnMappingRow>> Handle(ListColumnMappings q, CancellationToken ct) =>
        (await db.ColumnMappings.AsNoTracking().Where(m => m.ShopId == q.ShopId).ToListAsync(ct))
        .OrderByDescending(m => m.CreatedUtc)
        .Select(m => new ColumnMappingRow(m.Id, m.Name, m.Platform, m.Columns, m.CreatedUtc)).ToList();
}
