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

public sealed record PostReceipt(Guid UserId, Guid ReceiptId) : ICommand;

internal sealed class PostReceiptHandler(InventoryDbContext db, ShopScope scope, StockLedger ledger, TimeProvider time) : IRequestHandler<PostReceipt, Result>
{
    public async Task<Result> Handle(PostReceipt c, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var receipt = await db.Receipts.Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == c.ReceiptId && r.ShopId == shop, ct);
        if (receipt is null) return Error.NotFound();
        var posted = receipt.Post(time.GetUtcNow().UtcDateTime);
        if (posted.IsFailure) return posted;
        return await ReceiptPosting.ApplyAsync(ledger, receipt, MovementType.Receipt, c.UserId, ct);
    }
}

public sealed record ReverseReceipt(Guid UserId, Guid ReceiptId) : ICommand<Guid>;

internal sealed class ReverseReceiptHandler(InventoryDbContext db, ShopScope scope, StockLedger ledger, TimeProvider time) : IRequestHandler<ReverseReceipt, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(ReverseReceipt c, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var receipt = await db.Receipts.Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == c.ReceiptId && r.ShopId == shop, ct);
        if (receipt is null) return Error.NotFound();
        var reversal = receipt.Reverse(c.UserId, time.GetUtcNow().UtcDateTime);
        if (reversal.IsFailure) return Result<Guid>.Failure(reversal.Errors);
        db.Receipts.Add(reversal.Value);
        var applied = await ReceiptPosting.ApplyAsync(ledger, reversal.Value, MovementType.ReceiptReversal, c.UserId, ct);
        return applied.IsFailure ? Result<Guid>.Failure(applied.Errors) : reversal.Value.Id;
    }
}

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
