using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Transfers;

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
