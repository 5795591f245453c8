using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Inventory.Features.Queries;

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
