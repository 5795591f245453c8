using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.BuildingBlocks.Paging;

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

public sealed record ReceiptRow(Guid Id, string Number, string Supplier, string WarehouseName, ReceiptStatus Status, bool IsReversal, bool IsReversed, long Quantity, long CostFen, DateTime CreatedUtc);
public sealed record ReceiptList(PagedResult<ReceiptRow> Page, long TotalQuantity, long TotalCostFen);

public sealed record ListReceipts(Guid UserId, string? Keyword, string? Sort, int PageNumber = 1, int PageSize = 20) : IQuery<ReceiptList>;

internal sealed class ListReceiptsHandler(InventoryDbContext db, ShopScope scope) : IRequestHandler<ListReceipts, ReceiptList>
{
    public async Task<ReceiptList> Handle(ListReceipts q, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(q.UserId, ct) is not { } shop) return new(new([], 1, q.PageSize, 0), 0, 0);
        var receipts = db.Receipts.AsNoTracking().Where(r => r.ShopId == shop);
        if (!string.IsNullOrWhiteSpace(q.Keyword)) receipts = receipts.Where(r => r.Number.Contains(q.Keyword.Trim()) || r.Supplier.Contains(q.Keyword.Trim()));
        var rows = receipts.Select(r => new
        {
            r.Id, r.Number, r.Supplier, r.Status, r.ReversesId, r.ReversedById, r.CreatedUtc,
            Warehouse = db.Warehouses.Where(w => w.Id == r.WarehouseId).Select(w => w.Name).FirstOrDefault() ?? "",
            Quantity = r.Lines.Sum(l => (long?)l.Quantity) ?? 0, Cost = r.Lines.Sum(l => (long?)(l.Quantity * l.UnitCostFen)) ?? 0,
        });
        var totalQuantity = await rows.SumAsync(r => r.Quantity, ct);
        var totalCost = await rows.SumAsync(r => r.Cost, ct);
        rows = q.Sort switch
        {
            "supplier" => rows.OrderBy(r => r.Supplier).ThenByDescending(r => r.CreatedUtc),
            "quantity_desc" => rows.OrderByDescending(r => r.Quantity).ThenByDescending(r => r.CreatedUtc),
            "oldest" => rows.OrderBy(r => r.CreatedUtc),
            _ => rows.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Number),
        };
        var page = await rows.ToPagedResultAsync(q.PageNumber, q.PageSize, ct);
        return new(page.Map(r => new ReceiptRow(r.Id, r.Number, r.Supplier, r.Warehouse, r.Status, r.ReversesId != null, r.ReversedById != null, r.Quantity, r.Cost, r.CreatedUtc)),
            totalQuantity, totalCost);
    }
}

public sealed record StockRow(Guid Id, Guid SkuId, string SkuCode, string ProductName, string WarehouseName, string Bin, string Lot, DateOnly? ExpiryDate, long OnHand, long Reserved, DateTime FirstReceivedUtc)
{
    public long Available => OnHand - Reserved;
}
public sealed record StockList(PagedResult<StockRow> Page, long TotalOnHand, long TotalReserved);

/// The merchant's own stock in any warehouse (by lot and bin); Keyword matches the SKU code or product name.
public sealed record ListStock(Guid UserId, Guid? WarehouseId, string? Lot, string? Sort, int PageNumber = 1, int PageSize = 50, string? Keyword = null) : IQuery<StockList>;

internal sealed class ListStockHandler(InventoryDbContext db, ShopScope scope, ICatalogSkuDirectory skus) : IRequestHandler<ListStock, StockList>
{
    /// A keyword naming more SKUs than this is too broad to be a filter; the first ones by code are used.
    private const int MaxKeywordSkus = 500;

    public async Task<StockList> Handle(ListStock q, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(q.UserId, ct) is not { } shop) return new(new([], 1, q.PageSize, 0), 0, 0);
        var balances = db.Balances.AsNoTracking().Where(b => b.OwnerShopId == shop && b.OnHand != 0);
        if (q.WarehouseId is { } w) balances = balances.Where(b => b.WarehouseId == w);
        if (!string.IsNullOrWhiteSpace(q.Lot)) balances = balances.Where(b => b.Lot.Contains(q.Lot.Trim()));
        if (!string.IsNullOrWhiteSpace(q.Keyword))
        {
            var ids = (await skus.SearchAsync(shop, q.Keyword, MaxKeywordSkus, ct)).ToList();
            balances = balances.Where(b => ids.Contains(b.SkuId));
        }
        var onHand = await balances.SumAsync(b => b.OnHand, ct);
        var reserved = await balances.SumAsync(b => b.Reserved, ct);
        balances = q.Sort switch
        {
            "expiry" => balances.OrderBy(b => b.ExpiryDate == null).ThenBy(b => b.ExpiryDate),
            "quantity_desc" => balances.OrderByDescending(b => b.OnHand),
            "age" => balances.OrderBy(b => b.FirstReceivedUtc),
            _ => balances.OrderBy(b => b.SkuId).ThenBy(b => b.Lot),
        };
        var page = await balances
            .Select(b => new StockRow(b.Id, b.SkuId, "", "",
                db.Warehouses.Where(x => x.Id == b.WarehouseId).Select(x => x.Name).FirstOrDefault() ?? "",
                db.Bins.Where(x => x.Id == b.BinId).Select(x => x.Code).FirstOrDefault() ?? "",
                b.Lot, b.ExpiryDate, b.OnHand, b.Reserved, b.FirstReceivedUtc)).ToPagedResultAsync(q.PageNumber, q.PageSize, ct);
        var names = await skus.FindAsync(page.Items.Select(i => i.SkuId).Distinct().ToList(), ct);
        return new(page.Map(i => names.TryGetValue(i.SkuId, out var sku) ? i with { SkuCode = sku.Code, ProductName = sku.ProductName } : i), onHand, reserved);
    }
}
