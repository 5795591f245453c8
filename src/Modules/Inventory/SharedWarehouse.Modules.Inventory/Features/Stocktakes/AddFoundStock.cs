using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Stocktakes;

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
