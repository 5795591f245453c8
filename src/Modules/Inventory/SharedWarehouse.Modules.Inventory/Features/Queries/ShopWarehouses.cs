using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Data;

namespace SharedWarehouse.Modules.Inventory.Features.Queries;

/// Where a shop may keep goods (Warehouse.AcceptsStockOf), for other modules' forms (rental units' warehouse).
internal sealed class ShopWarehouses(InventoryDbContext db) : IShopWarehouses
{
    public async Task<IReadOnlyList<UsableWarehouse>> UsableByAsync(Guid shopId, CancellationToken ct) =>
        await db.Warehouses.AsNoTracking().Where(w => w.OwnerShopId == null || w.OwnerShopId == shopId)
            .OrderBy(w => w.OwnerShopId != null).ThenBy(w => w.Name)
            .Select(w => new UsableWarehouse(w.Id, w.Name, w.Address, w.OwnerShopId == null))
            .ToListAsync(ct);
}
