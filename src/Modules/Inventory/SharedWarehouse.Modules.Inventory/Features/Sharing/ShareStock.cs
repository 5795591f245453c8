using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Sharing;

/// Grantee null = the whole platform. The target must be the merchant's own SKU, or a warehouse it holds stock in.
public sealed record ShareStock(Guid UserId, GrantScope Scope, Guid TargetId, Guid? GranteeShopId) : ICommand<Guid>;

internal sealed class ShareStockHandler(InventoryDbContext db, ShopScope scope, ICatalogSkuDirectory skus, TimeProvider time) : IRequestHandler<ShareStock, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(ShareStock c, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var owned = c.Scope switch
        {
            GrantScope.Sku => (await skus.FindAsync([c.TargetId], ct)).TryGetValue(c.TargetId, out var sku) && sku.ShopId == shop,
            GrantScope.Warehouse => await db.Warehouses.AnyAsync(w => w.Id == c.TargetId && (w.OwnerShopId == shop || w.OwnerShopId == null), ct),
            _ => false,
        };
        if (!owned) return Error.Validation("TargetId", "只能共享自己的SKU或可用的仓库");
        var grant = SharingGrant.Create(shop, c.Scope, c.TargetId, c.GranteeShopId, time.GetUtcNow().UtcDateTime);
        if (grant.IsFailure) return Result<Guid>.Failure(grant.Errors);
        db.Grants.Add(grant.Value);
        return grant.Value.Id;
    }
}
