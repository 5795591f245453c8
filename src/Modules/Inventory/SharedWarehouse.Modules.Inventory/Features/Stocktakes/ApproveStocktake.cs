using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Stocktakes;

/// Approval posts every non-zero variance as a StocktakeVariance movement, all or nothing: a loss that would
/// take away reserved stock fails the whole approval (the unit of work rolls back).
public sealed record ApproveStocktake(Guid UserId, Guid StocktakeId) : ICommand;

internal sealed class ApproveStocktakeHandler(InventoryDbContext db, ShopScope scope, StockLedger ledger, TimeProvider time) : IRequestHandler<ApproveStocktake, Result>
{
    public async Task<Result> Handle(ApproveStocktake c, CancellationToken ct)
    {
        if (await StocktakeLoader.LoadAsync(db, scope, c.UserId, c.StocktakeId, ct) is not { } sheet) return Error.NotFound();
        var variances = sheet.Approve(c.UserId, time.GetUtcNow().UtcDateTime);
        if (variances.IsFailure) return variances;
        foreach (var l in variances.Value)
        {
            var key = new StockLedger.Key(sheet.WarehouseId, l.BinId, l.SkuId, l.Lot, sheet.ShopId, l.ProductionDate, l.ExpiryDate);
            var posted = await ledger.ChangeAsync(key, l.Variance, MovementType.StocktakeVariance, sheet.Number, sheet.Id, c.UserId, ct);
            if (posted.IsFailure) return Error.Conflict("盘亏数量超过可用库存（部分已被预占），无法过账，请先处理预占或重新盘点");
        }
        return Result.Success();
    }
}
