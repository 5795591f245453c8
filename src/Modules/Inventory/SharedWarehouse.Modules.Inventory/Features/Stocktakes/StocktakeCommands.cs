using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
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

public sealed record CountStocktake(Guid UserId, Guid StocktakeId, IReadOnlyDictionary<Guid, long> Counts) : ICommand;

internal sealed class CountStocktakeHandler(InventoryDbContext db, ShopScope scope) : IRequestHandler<CountStocktake, Result>
{
    public async Task<Result> Handle(CountStocktake c, CancellationToken ct) =>
        await StocktakeLoader.LoadAsync(db, scope, c.UserId, c.StocktakeId, ct) is { } sheet ? sheet.Count(c.Counts) : Error.NotFound();
}

/// Stock found in the zone that the sheet did not list; named by the merchant's own SKU code.
public sealed record AddFoundStock(Guid UserId, Guid StocktakeId, Guid BinId, string? SkuCode, string? Lot,
    DateOnly? ProductionDate, DateOnly? ExpiryDate, long Quantity) : ICommand;

internal sealed class AddFoundStockValidator : AbstractValidator<AddFoundStock>
{
    public AddFoundStockValidator()
    {
        RuleFor(c => c.SkuCode).NotEmpty().WithText("请填写SKU编码");
        RuleFor(c => c.Lot).NotEmpty().WithText("请填写批次号").MaximumLength(40).WithText("批次号最多 {MaxLength} 个字符");
        RuleFor(c => c.Quantity).GreaterThan(0).WithText("盘盈数量必须大于0");
    }
}

internal sealed class AddFoundStockHandler(InventoryDbContext db, ShopScope scope, ICatalogSkuDirectory skus) : IRequestHandler<AddFoundStock, Result>
{
    public async Task<Result> Handle(AddFoundStock c, CancellationToken ct)
    {
        if (await StocktakeLoader.LoadAsync(db, scope, c.UserId, c.StocktakeId, ct) is not { } sheet) return Error.NotFound();
        var inZone = await db.Bins.AnyAsync(b => b.Id == c.BinId && b.WarehouseId == sheet.WarehouseId && b.Zone == sheet.Zone, ct);
        if (!inZone) return Error.Validation("BinId", "请选择本库区的库位");
        var sku = await skus.FindByCodeAsync(sheet.ShopId, c.SkuCode!.Trim(), ct);
        if (sku is null) return Error.Validation("SkuCode", "找不到该SKU编码");
        var expiry = Receipt.DeriveExpiry(c.ProductionDate, c.ExpiryDate, sku.ShelfLifeDays);
        if (expiry is { } e && c.ProductionDate is { } p && e < p) return Error.Validation("ExpiryDate", "到期日不能早于生产日期");
        return sheet.AddFound(c.BinId, sku.SkuId, c.Lot!, c.ProductionDate, expiry, c.Quantity);
    }
}

public sealed record SubmitStocktake(Guid UserId, Guid StocktakeId) : ICommand;

internal sealed class SubmitStocktakeHandler(InventoryDbContext db, ShopScope scope, TimeProvider time) : IRequestHandler<SubmitStocktake, Result>
{
    public async Task<Result> Handle(SubmitStocktake c, CancellationToken ct) =>
        await StocktakeLoader.LoadAsync(db, scope, c.UserId, c.StocktakeId, ct) is { } sheet
            ? sheet.Submit(c.UserId, time.GetUtcNow().UtcDateTime) : Error.NotFound();
}

public sealed record ReturnStocktake(Guid UserId, Guid StocktakeId, string? Reason) : ICommand;

internal sealed class ReturnStocktakeValidator : AbstractValidator<ReturnStocktake>
{
    public ReturnStocktakeValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithText("请填写退回原因").MaximumLength(Stocktake.MaxReasonLength).WithText("原因最多 {MaxLength} 个字");
}

internal sealed class ReturnStocktakeHandler(InventoryDbContext db, ShopScope scope, TimeProvider time) : IRequestHandler<ReturnStocktake, Result>
{
    public async Task<Result> Handle(ReturnStocktake c, CancellationToken ct) =>
        await StocktakeLoader.LoadAsync(db, scope, c.UserId, c.StocktakeId, ct) is { } sheet
            ? sheet.Return(c.UserId, c.Reason!, time.GetUtcNow().UtcDateTime) : Error.NotFound();
}

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

public sealed record CancelStocktake(Guid UserId, Guid StocktakeId) : ICommand;

internal sealed class CancelStocktakeHandler(InventoryDbContext db, ShopScope scope, TimeProvider time) : IRequestHandler<CancelStocktake, Result>
{
    public async Task<Result> Handle(CancelStocktake c, CancellationToken ct) =>
        await StocktakeLoader.LoadAsync(db, scope, c.UserId, c.StocktakeId, ct) is { } sheet
            ? sheet.Cancel(c.UserId, time.GetUtcNow().UtcDateTime) : Error.NotFound();
}

internal static class StocktakeLoader
{
    /// Only the signed-in merchant's own sheet; another merchant's id is simply not found.
    public static async Task<Stocktake?> LoadAsync(InventoryDbContext db, ShopScope scope, Guid userId, Guid id, CancellationToken ct) =>
        await scope.ShopOfAsync(userId, ct) is { } shop
            ? await db.Stocktakes.Include(s => s.Lines).FirstOrDefaultAsync(s => s.Id == id && s.ShopId == shop, ct)
            : null;
}
