using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Merchant;

/// The merchant uses a part from its own stock (by SKU code). Two steps, each its own unit of work (ADR 5): Inventory
/// issues the stock under the repair's next part reference (idempotent per reference, so a double click or a retry takes
/// it once), then the part is recorded on the repair (RecordRepairPart, a no-op for a reference already there).
/// PartNumber: the part the form was shown for (its next part); a second post of the same form names the same part and
/// is answered with it, unchanged. Null = the next part now (API callers that post once).
public sealed record IssueRepairPart(Guid UserId, Guid RepairId, string? SkuCode, int Quantity, int? PartNumber = null) : IProcess<string>;

internal sealed class IssueRepairPartValidator : AbstractValidator<IssueRepairPart>
{
    public IssueRepairPartValidator()
    {
        RuleFor(c => c.SkuCode).NotEmpty().WithText("请填写配件的商品编码");
        RuleFor(c => c.Quantity).InclusiveBetween(1, 999).WithText("数量应在 1 到 999 之间");
    }
}

internal sealed class IssueRepairPartHandler(ISender sender, RepairDbContext db, IShopAccess shops, ICatalogSkuDirectory skus, IStockIssues stock)
    : IRequestHandler<IssueRepairPart, Result<string>>
{
    public async Task<Result<string>> Handle(IssueRepairPart c, CancellationToken ct)
    {
        if (await shops.ActingAsync(c.UserId, ct) is not { } shop) return Error.NotFound();
        var repair = await db.Repairs.AsNoTracking().Include(r => r.Parts).FirstOrDefaultAsync(r => r.Id == c.RepairId && r.ShopId == shop.ShopId, ct);
        if (repair is null) return Error.NotFound();
        if (repair.Status != RepairStatus.InRepair) return Error.Conflict("只有维修中的单据可以领用配件");
        var sku = await skus.FindByCodeAsync(shop.ShopId, c.SkuCode!.Trim(), ct);
        if (sku is null) return Error.Validation("SkuCode", "本店没有这个商品编码");
        var number = c.PartNumber ?? repair.Parts.Count + 1;
        if (number < 1 || number > repair.Parts.Count + 1) return Error.Conflict("配件记录已变化，请刷新页面后重试");
        var reference = repair.PartReference(number);
        if (repair.Parts.FirstOrDefault(p => p.Reference == reference) is { } done)
            return done.SkuId == sku.SkuId && done.Quantity == c.Quantity ? reference : Error.Conflict("这个配件已由他人领用，请刷新页面后重试");
        var issued = await stock.IssueAsync(new IssueStock(shop.ShopId, sku.SkuId, c.Quantity, reference, c.UserId), ct);
        if (issued.IsFailure)
            return Result<string>.Failure(issued.Errors.Select(e => e with { Field = e.Field is "Quantity" ? "Quantity" : "" }).ToList());
        var recorded = await sender.Send(new RecordRepairPart(c.UserId, c.RepairId, reference, sku.SkuId, sku.Code, sku.ProductName, c.Quantity), ct);
        return recorded.IsFailure ? Result<string>.Failure(recorded.Errors) : reference;
    }
}
