using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Stocktakes;

/// Opens a count sheet for the merchant's own stock in one zone; one open sheet per (warehouse, zone) at a time.
public sealed record OpenStocktake(Guid UserId, Guid WarehouseId, string? Zone, bool Blind) : ICommand<Guid>;

internal sealed class OpenStocktakeValidator : AbstractValidator<OpenStocktake>
{
    public OpenStocktakeValidator() => RuleFor(c => c.Zone).NotEmpty().WithText("请选择库区");
}

internal sealed class OpenStocktakeHandler(InventoryDbContext db, ShopScope scope, TimeProvider time) : IRequestHandler<OpenStocktake, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(OpenStocktake c, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var warehouse = await db.Warehouses.AsNoTracking().Include(w => w.Bins).FirstOrDefaultAsync(w => w.Id == c.WarehouseId, ct);
        if (warehouse is null || !warehouse.AcceptsStockOf(shop)) return Error.Validation("WarehouseId", "请选择您可以使用的仓库");
        var zone = c.Zone!.Trim().ToUpperInvariant();
        var bins = warehouse.Bins.Where(b => b.Zone == zone).Select(b => b.Id).ToList();
        if (bins.Count == 0) return Error.Validation("Zone", "该仓库没有这个库区");
        var open = await db.Stocktakes.AnyAsync(s => s.ShopId == shop && s.WarehouseId == warehouse.Id && s.Zone == zone
            && (s.Status == StocktakeStatus.Counting || s.Status == StocktakeStatus.Submitted), ct);
        if (open) return Error.Validation("Zone", "该库区已有未完成的盘点单");
        var snapshot = await db.Balances.AsNoTracking()
            .Where(b => b.OwnerShopId == shop && b.WarehouseId == warehouse.Id && bins.Contains(b.BinId) && b.OnHand != 0)
            .Select(b => new Stocktake.Expected(b.BinId, b.SkuId, b.Lot, b.ProductionDate, b.ExpiryDate, b.OnHand)).ToListAsync(ct);
        var sheet = Stocktake.Open(shop, warehouse.Id, zone, c.Blind, snapshot, c.UserId, time.GetUtcNow().UtcDateTime);
        db.Stocktakes.Add(sheet);
        return sheet.Id;
    }
}
