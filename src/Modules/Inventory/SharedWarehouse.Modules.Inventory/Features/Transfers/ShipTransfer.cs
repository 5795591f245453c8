using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Transfers;

/// Ships quantity of one of the merchant's own balances (a lot in a bin) to a bin of another usable warehouse.
public sealed record ShipTransfer(Guid UserId, Guid FromBalanceId, Guid ToWarehouseId, Guid ToBinId, long Quantity) : ICommand<Guid>;

internal sealed class ShipTransferHandler(InventoryDbContext db, ShopScope scope, StockLedger ledger, TimeProvider time) : IRequestHandler<ShipTransfer, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(ShipTransfer c, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var from = await db.Balances.AsNoTracking().FirstOrDefaultAsync(b => b.Id == c.FromBalanceId && b.OwnerShopId == shop, ct);
        if (from is null) return Error.NotFound();
        var target = await db.Warehouses.Include(w => w.Bins).FirstOrDefaultAsync(w => w.Id == c.ToWarehouseId, ct);
        if (target is null || !target.AcceptsStockOf(shop) || target.Bins.All(b => b.Id != c.ToBinId)) return Error.Validation("ToBinId", "请选择目标仓库的库位");
        if (target.Id == from.WarehouseId) return Error.Validation("ToWarehouseId", "调入仓库不能与调出仓库相同");
        var transfer = Transfer.Ship(shop, from.Id, target.Id, c.ToBinId, c.Quantity, c.UserId, time.GetUtcNow().UtcDateTime);
        if (transfer.IsFailure) return Result<Guid>.Failure(transfer.Errors);
        var key = new StockLedger.Key(from.WarehouseId, from.BinId, from.SkuId, from.Lot, shop, from.ProductionDate, from.ExpiryDate);
        var taken = await ledger.ChangeAsync(key, -c.Quantity, MovementType.TransferOut, transfer.Value.Number, transfer.Value.Id, c.UserId, ct);
        if (taken.IsFailure) return Result<Guid>.Failure(taken.Errors);
        db.Transfers.Add(transfer.Value);
        return transfer.Value.Id;
    }
}
