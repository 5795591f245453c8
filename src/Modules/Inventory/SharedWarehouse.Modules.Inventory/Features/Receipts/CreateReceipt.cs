using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Receipts;

public sealed record ReceiptLineInput(string? SkuCode, long Quantity, string? Lot, DateOnly? ProductionDate, DateOnly? ExpiryDate, long UnitCostFen, Guid BinId);

/// A draft receipt; the lines name SKUs by the merchant's own code (never by an id from the form).
public sealed record CreateReceipt(Guid UserId, Guid WarehouseId, string? Supplier, IReadOnlyList<ReceiptLineInput> Lines) : ICommand<Guid>;

internal sealed class CreateReceiptValidator : AbstractValidator<CreateReceipt>
{
    public CreateReceiptValidator()
    {
        RuleFor(c => c.Supplier).NotEmpty().WithText("请填写供应商").MaximumLength(100).WithText("供应商最多 {MaxLength} 个字");
        RuleFor(c => c.Lines).NotEmpty().WithText("请至少添加一行明细");
        RuleForEach(c => c.Lines).ChildRules(l =>
        {
            l.RuleFor(x => x.SkuCode).NotEmpty().WithText("请填写SKU编码");
            l.RuleFor(x => x.Quantity).GreaterThan(0).WithText("数量必须大于0");
            l.RuleFor(x => x.Lot).NotEmpty().WithText("请填写批次号").MaximumLength(40).WithText("批次号最多 {MaxLength} 个字符");
            l.RuleFor(x => x.UnitCostFen).GreaterThanOrEqualTo(0).WithText("单价不能为负");
        });
    }
}

internal sealed class CreateReceiptHandler(InventoryDbContext db, ShopScope scope, ICatalogSkuDirectory skus, TimeProvider time)
    : IRequestHandler<CreateReceipt, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreateReceipt c, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var warehouse = await db.Warehouses.Include(w => w.Bins).FirstOrDefaultAsync(w => w.Id == c.WarehouseId, ct);
        if (warehouse is null || !warehouse.AcceptsStockOf(shop)) return Error.Validation("WarehouseId", "请选择您可以使用的仓库");
        var receipt = Receipt.Draft(shop, warehouse.Id, c.Supplier!, c.UserId, time.GetUtcNow().UtcDateTime);
        var errors = new List<Error>();
        for (var i = 0; i < c.Lines.Count; i++)
        {
            var line = c.Lines[i];
            var sku = await skus.FindByCodeAsync(shop, line.SkuCode!.Trim(), ct);
            if (sku is null) { errors.Add(Error.Validation($"Lines[{i}].SkuCode", "找不到该SKU编码")); continue; }
            if (warehouse.Bins.All(b => b.Id != line.BinId)) { errors.Add(Error.Validation($"Lines[{i}].BinId", "请选择该仓库的库位")); continue; }
            var added = receipt.AddLine(sku.SkuId, line.Quantity, line.Lot!, line.ProductionDate, line.ExpiryDate, sku.ShelfLifeDays, line.UnitCostFen, line.BinId);
            errors.AddRange(added.Errors.Select(e => e with { Field = $"Lines[{i}].{e.Field}" }));
        }
        if (errors.Count > 0) return Result<Guid>.Failure(errors);
        db.Receipts.Add(receipt);
        return receipt.Id;
    }
}
