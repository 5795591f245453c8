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

public sealed record ReceiveTransfer(Guid UserId, Guid TransferId) : ICommand;

internal sealed class ReceiveTransferHandler(InventoryDbContext db, ShopScope scope, StockLedger ledger, TimeProvider time) : IRequestHandler<ReceiveTransfer, Result>
{
    public async Task<Result> Handle(ReceiveTransfer c, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var transfer = await db.Transfers.FirstOrDefaultAsync(t => t.Id == c.TransferId && t.ShopId == shop, ct);
        if (transfer is null) return Error.NotFound();
        var received = transfer.Receive(time.GetUtcNow().UtcDateTime);
        if (received.IsFailure) return received;
        var from = await db.Balances.AsNoTracking().SingleAsync(b => b.Id == transfer.FromBalanceId, ct);
        // The lot keeps its dates wherever it goes, so FEFO still sees the true expiry.
        var key = new StockLedger.Key(transfer.ToWarehouseId, transfer.ToBinId, from.SkuId, from.Lot, shop, from.ProductionDate, from.ExpiryDate);
        return await ledger.ChangeAsync(key, transfer.Quantity, MovementType.TransferIn, transfer.Number, transfer.Id, c.UserId, ct);
    }
}
