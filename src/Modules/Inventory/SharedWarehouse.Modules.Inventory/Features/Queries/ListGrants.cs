using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Inventory.Features.Queries;

/// Target = "code · product name" for a SKU or the warehouse name; GranteeName null = the whole platform.
public sealed record GrantRow(Guid Id, GrantScope Scope, string Target, Guid? GranteeShopId, string? GranteeName, DateTime CreatedUtc);
public sealed record GrantList(PagedResult<GrantRow> Page, int SkuGrants, int WarehouseGrants);

/// Only the signed-in merchant's own grants.
public sealed record ListGrants(Guid UserId, int PageNumber = 1, int PageSize = 20) : IQuery<GrantList>;

internal sealed class ListGrantsHandler(InventoryDbContext db, ShopScope scope, ICatalogSkuDirectory skus, IMerchantDirectory merchants)
    : IRequestHandler<ListGrants, GrantList>
{
    public async Task<GrantList> Handle(ListGrants q, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(q.UserId, ct) is not { } shop) return new(new([], 1, q.PageSize, 0), 0, 0);
        var grants = db.Grants.AsNoTracking().Where(g => g.OwnerShopId == shop);
        var counts = await grants.GroupBy(g => g.Scope).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var page = await grants.OrderByDescending(g => g.CreatedUtc).ThenBy(g => g.Id).ToPagedResultAsync(q.PageNumber, q.PageSize, ct);
        var names = await GrantNames.LoadAsync(db, skus, merchants, page.Items.Select(g => (g.Scope, g.TargetId)), page.Items.Select(g => g.GranteeShopId), ct);
        int Count(GrantScope s) => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0;
        return new(page.Map(g => new GrantRow(g.Id, g.Scope, names.Target(g.Scope, g.TargetId), g.GranteeShopId, names.Shop(g.GranteeShopId), g.CreatedUtc)),
            Count(GrantScope.Sku), Count(GrantScope.Warehouse));
    }
}

/// Display names for grant targets and grantees, loaded in a few batched calls.
internal sealed class GrantNames(IReadOnlyDictionary<Guid, SkuInfo> skus, IReadOnlyDictionary<Guid, string> warehouses, IReadOnlyDictionary<Guid, ShopSummary> shops)
{
    public static async Task<GrantNames> LoadAsync(InventoryDbContext db, ICatalogSkuDirectory skus, IMerchantDirectory merchants,
        IEnumerable<(GrantScope Scope, Guid TargetId)> targets, IEnumerable<Guid?> shopIds, CancellationToken ct)
    {
        var list = targets.ToList();
        var skuIds = list.Where(t => t.Scope == GrantScope.Sku).Select(t => t.TargetId).Distinct().ToList();
        var warehouseIds = list.Where(t => t.Scope == GrantScope.Warehouse).Select(t => t.TargetId).Distinct().ToList();
        var warehouses = await db.Warehouses.AsNoTracking().Where(w => warehouseIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, ct);
        return new(await skus.FindAsync(skuIds, ct), warehouses,
            await merchants.FindShopsAsync(shopIds.OfType<Guid>().Distinct().ToList(), ct));
    }

    public string Target(GrantScope scope, Guid id) => scope == GrantScope.Sku
        ? skus.TryGetValue(id, out var s) ? $"{s.Code} · {s.ProductName}" : ""
        : warehouses.GetValueOrDefault(id, "");

    public string? Shop(Guid? id) => id is { } shop ? shops.TryGetValue(shop, out var s) ? s.Name : "" : null;
}
