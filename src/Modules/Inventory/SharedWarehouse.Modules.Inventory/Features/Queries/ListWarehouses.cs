using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;

namespace SharedWarehouse.Modules.Inventory.Features.Queries;

public sealed record WarehouseRow(Guid Id, string Name, string RegionCode, string Address, bool IsShared, bool IsOwn, int BinCount);

/// MerchantUserId null = the admin's view of platform warehouses. A merchant sees its own and the platform's.
public sealed record ListWarehouses(Guid? MerchantUserId) : IQuery<IReadOnlyList<WarehouseRow>>;

internal sealed class ListWarehousesHandler(InventoryDbContext db, ShopScope scope) : IRequestHandler<ListWarehouses, IReadOnlyList<WarehouseRow>>
{
    public async Task<IReadOnlyList<WarehouseRow>> Handle(ListWarehouses q, CancellationToken ct)
    {
        Guid? shop = null;
        if (q.MerchantUserId is { } user && (shop = await scope.ShopOfAsync(user, ct)) is null) return [];
        return await db.Warehouses.AsNoTracking().Where(w => w.OwnerShopId == null || (shop != null && w.OwnerShopId == shop))
            .OrderBy(w => w.OwnerShopId == null).ThenBy(w => w.Name)
            .Select(w => new WarehouseRow(w.Id, w.Name, w.RegionCode, w.Address, w.OwnerShopId == null, shop != null && w.OwnerShopId == shop, w.Bins.Count))
            .ToListAsync(ct);
    }
}
