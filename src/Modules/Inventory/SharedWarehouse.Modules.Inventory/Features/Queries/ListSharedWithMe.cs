using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Inventory.Features.Queries;

/// One SKU of another shop in one warehouse that a grant lets the viewer see; Available = on-hand − reserved.
public sealed record SharedStockRow(string OwnerName, string SkuCode, string ProductName, string WarehouseName, long Available, bool WholePlatform);
public sealed record SharedStockList(PagedResult<SharedStockRow> Page, long TotalAvailable);

/// What other shops share with the signed-in merchant's shop or with the whole platform (never its own stock).
public sealed record ListSharedWithMe(Guid UserId, int PageNumber = 1, int PageSize = 20) : IQuery<SharedStockList>;

internal sealed class ListSharedWithMeHandler(InventoryDbContext db, ShopScope scope, ICatalogSkuDirectory skus, IMerchantDirectory merchants)
    : IRequestHandler<ListSharedWithMe, SharedStockList>
{
    public async Task<SharedStockList> Handle(ListSharedWithMe q, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(q.UserId, ct) is not { } shop) return new(new([], 1, q.PageSize, 0), 0);
        // The same rule as SharingGrant.Covers, as a semi-join so overlapping grants do not count stock twice.
        var visible = db.Grants.Where(g => g.GranteeShopId == null || g.GranteeShopId == shop);
        var rows = db.Balances.AsNoTracking()
            .Where(b => b.OwnerShopId != shop && visible.Any(g => g.OwnerShopId == b.OwnerShopId
                && ((g.Scope == GrantScope.Sku && g.TargetId == b.SkuId) || (g.Scope == GrantScope.Warehouse && g.TargetId == b.WarehouseId))))
            .GroupBy(b => new { b.OwnerShopId, b.SkuId, b.WarehouseId })
            .Select(g => new { g.Key.OwnerShopId, g.Key.SkuId, g.Key.WarehouseId, Available = g.Sum(b => b.OnHand - b.Reserved) })
            .Where(r => r.Available > 0);
        var page = await rows.OrderBy(r => r.OwnerShopId).ThenBy(r => r.SkuId).ThenBy(r => r.WarehouseId).ToPagedResultAsync(q.PageNumber, q.PageSize, ct);
        var totalAvailable = page.Total == 0 ? 0 : await rows.SumAsync(r => r.Available, ct);
        var items = page.Items;
        // Only tells the viewer whether its sight comes from a grant to its own shop or to everyone.
        var ownerIds = items.Select(i => i.OwnerShopId).Distinct().ToList();
        var direct = await db.Grants.AsNoTracking().Where(g => g.GranteeShopId == shop && ownerIds.Contains(g.OwnerShopId))
            .Select(g => new { g.OwnerShopId, g.Scope, g.TargetId }).ToListAsync(ct);
        var skuInfo = await skus.FindAsync(items.Select(i => i.SkuId).Distinct().ToList(), ct);
        var shops = await merchants.FindShopsAsync(ownerIds, ct);
        var warehouseIds = items.Select(i => i.WarehouseId).Distinct().ToList();
        var warehouses = await db.Warehouses.AsNoTracking().Where(w => warehouseIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, ct);
        return new(page.Map(i => new SharedStockRow(
            shops.TryGetValue(i.OwnerShopId, out var s) ? s.Name : "",
            skuInfo.TryGetValue(i.SkuId, out var k) ? k.Code : "", k?.ProductName ?? "",
            warehouses.GetValueOrDefault(i.WarehouseId, ""), i.Available,
            !direct.Any(d => d.OwnerShopId == i.OwnerShopId && d.TargetId == (d.Scope == GrantScope.Sku ? i.SkuId : i.WarehouseId)))), totalAvailable);
    }
}
