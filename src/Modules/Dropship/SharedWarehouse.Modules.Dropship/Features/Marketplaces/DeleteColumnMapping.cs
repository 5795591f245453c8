using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// Removes one of the shop's saved mappings (another shop's id finds nothing).
public sealed record DeleteColumnMapping(Guid ShopId, Guid MappingId) : ICommand;

internal sealed class DeleteColumnMappingHandler(DropshipDbContext db) : IRequestHandler<DeleteColumnMapping, Result>
{
    public async Task<Result> Handle(DeleteColumnMapping c, CancellationToken ct)
    {
        var mapping = await db.ColumnMappings.FirstOrDefaultAsync(m => m.Id == c.MappingId && m.ShopId == c.ShopId, ct);
        if (mapping is null) return Error.NotFound();
        db.ColumnMappings.Remove(mapping);
        return Result.Success();
    }
}
