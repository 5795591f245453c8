using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Alerts;

/// Sets (or changes) the safety stock of one of the merchant's SKUs, named by its code.
public sealed record SetLowStockThreshold(Guid UserId, string? SkuCode, long? Threshold) : ICommand;

internal sealed class SetLowStockThresholdValidator : AbstractValidator<SetLowStockThreshold>
{
    public SetLowStockThresholdValidator()
    {
        RuleFor(c => c.SkuCode).NotEmpty().WithText("请填写SKU编码");
        RuleFor(c => c.Threshold).NotNull().WithText("请填写安全库存");
    }
}

internal sealed class SetLowStockThresholdHandler(InventoryDbContext db, ShopScope scope, ICatalogSkuDirectory skus, TimeProvider time)
    : IRequestHandler<SetLowStockThreshold, Result>
{
    public async Task<Result> Handle(SetLowStockThreshold c, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var sku = await skus.FindByCodeAsync(shop, c.SkuCode!.Trim(), ct);
        if (sku is null) return Error.Validation("SkuCode", "找不到该SKU编码");
        var now = time.GetUtcNow().UtcDateTime;
        var existing = await db.Thresholds.FirstOrDefaultAsync(t => t.ShopId == shop && t.SkuId == sku.SkuId, ct);
        if (existing is not null) return existing.Change(c.Threshold!.Value, now);
        var created = LowStockThreshold.Create(shop, sku.SkuId, c.Threshold!.Value, now);
        if (created.IsFailure) return created;
        db.Thresholds.Add(created.Value);
        return Result.Success();
    }
}
