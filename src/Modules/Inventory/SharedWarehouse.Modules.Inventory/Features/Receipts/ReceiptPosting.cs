using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Receipts;

internal static class ReceiptPosting
{
    public static async Task<Result> ApplyAsync(StockLedger ledger, Receipt receipt, MovementType type, Guid userId, CancellationToken ct)
    {
        foreach (var l in receipt.Lines)
        {
            var key = new StockLedger.Key(receipt.WarehouseId, l.BinId, l.SkuId, l.Lot, receipt.ShopId, l.ProductionDate, l.ExpiryDate);
            var changed = await ledger.ChangeAsync(key, l.Quantity, type, receipt.Number, receipt.Id, userId, ct);
            if (changed.IsFailure) return changed;
        }
        return Result.Success();
    }
}
