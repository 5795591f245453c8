using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;

namespace SharedWarehouse.Modules.Inventory.Features.Queries;

public sealed record WarehouseDetails(Guid Id, string Name, string RegionCode, string Address, decimal? Latitude, decimal? Longitude, bool IsShared, IReadOnlyList<Bin> Bins);

/// Only a warehouse the caller may use (its own or a platform one); another merchant's is not found.
public sealed record GetWarehouse(Guid? MerchantUserId, Guid Id) : IQuery<WarehouseDetails?>;

internal sealed class GetWarehouseHandler(InventoryDbContext db, ShopScope scope) : IRequestHandler<GetWarehouse, WarehouseDetails?>
{
    public async Task<WarehouseDetails?> Handle(GetWarehouse q, CancellationToken ct)
    {
        Guid? shop = null;
        if (q.MerchantUserId is { } user && (shop = await scope.ShopOfAsync(user, ct)) is null) return null;
        var w = await db.Warehouses.AsNoTracking().Include(x => x.Bins)
            .FirstOrDefaultAsync(x => x.Id == q.Id && (x.OwnerShopId == null || (shop != null && x.OwnerShopId == shop)), ct);
        return w is null ? null : new WarehouseDetails(w.Id, w.Name, w.RegionCode, w.Address, w.Latitude, w.Longitude, w.IsShared,
            w.Bins.OrderBy(b => b.Zone).ThenBy(b => b.Code).ToList());
    }
}
