using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;

namespace SharedWarehouse.Modules.Inventory.Features.Queries;

public sealed record TransferTarget(Guid Id, string Name, bool IsShared, IReadOnlyList<Bin> Bins);

/// The warehouses the merchant may put stock in (its own and the platform's), with their bins.
public sealed record ListTransferTargets(Guid UserId) : IQuery<IReadOnlyList<TransferTarget>>;

internal sealed class ListTransferTargetsHandler(InventoryDbContext db, ShopScope scope) : IRequestHandler<ListTransferTargets, IReadOnlyList<TransferTarget>>
{
    public async Task<IReadOnlyList<TransferTarget>> Handle(ListTransferTargets q, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(q.UserId, ct) is not { } shop) return [];
        var warehouses = await db.Warehouses.AsNoTracking().Include(w => w.Bins).Where(w => w.OwnerShopId == null || w.OwnerShopId == shop)
            .OrderBy(w => w.OwnerShopId == null).ThenBy(w => w.Name).ToListAsync(ct);
        return warehouses.Select(w => new TransferTarget(w.Id, w.Name, w.IsShared, w.Bins.OrderBy(b => b.Zone).ThenBy(b => b.Code).ToList())).ToList();
    }
}
