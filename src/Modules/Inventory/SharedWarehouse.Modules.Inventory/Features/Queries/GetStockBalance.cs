using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Data;

namespace SharedWarehouse.Modules.Inventory.Features.Queries;

/// One of the signed-in merchant's balances (what a transfer ships from); another shop's is not found.
public sealed record StockBalanceView(Guid Id, Guid WarehouseId, string WarehouseName, string Bin, string SkuCode, string ProductName, string Lot, DateOnly? ExpiryDate, long Available);

public sealed record GetStockBalance(Guid UserId, Guid BalanceId) : IQuery<StockBalanceView?>;

internal sealed class GetStockBalanceHandler(InventoryDbContext db, ShopScope scope, ICatalogSkuDirectory skus) : IRequestHandler<GetStockBalance, StockBalanceView?>
{
    public async Task<StockBalanceView?> Handle(GetStockBalance q, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(q.UserId, ct) is not { } shop) return null;
        var b = await db.Balances.AsNoTracking().Where(x => x.Id == q.BalanceId && x.OwnerShopId == shop)
            .Select(x => new
            {
                x.Id, x.WarehouseId, x.SkuId, x.Lot, x.ExpiryDate, Available = x.OnHand - x.Reserved,
                Warehouse = db.Warehouses.Where(w => w.Id == x.WarehouseId).Select(w => w.Name).FirstOrDefault(),
                Bin = db.Bins.Where(y => y.Id == x.BinId).Select(y => y.Code).FirstOrDefault(),
            }).FirstOrDefaultAsync(ct);
        if (b is null) return null;
        var sku = (await skus.FindAsync([b.SkuId], ct)).GetValueOrDefault(b.SkuId);
        return new(b.Id, b.WarehouseId, b.Warehouse ?? "", b.Bin ?? "", sku?.Code ?? "", sku?.ProductName ?? "", b.Lot, b.ExpiryDate, b.Available);
    }
}
