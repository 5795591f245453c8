using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Terms;

/// The merchant sets a product's warranty (whole months from receipt, as typed) and whether it repairs it. Only the
/// shop's own products (another shop's product is not found). Applies to repairs asked for from now on.
public sealed record SaveRepairTerm(Guid UserId, Guid ProductId, string? WarrantyMonths, bool AcceptsRepairs) : ICommand;

internal sealed class SaveRepairTermHandler(RepairDbContext db, IShopAccess shops, ICatalogSkuDirectory skus, TimeProvider time)
    : IRequestHandler<SaveRepairTerm, Result>
{
    public async Task<Result> Handle(SaveRepairTerm c, CancellationToken ct)
    {
        if (await shops.ActingAsync(c.UserId, ct) is not { } shop) return Error.NotFound();
        if (!(await skus.ListApprovedAsync(shop.ShopId, ListRepairTermsHandler.MaxProducts, ct)).Any(s => s.ProductId == c.ProductId)) return Error.NotFound();
        if (!int.TryParse(c.WarrantyMonths?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var months) || months > RepairTerm.MaxWarrantyMonths)
            return Error.Validation("WarrantyMonths", "保修期应为 0 到 {0} 的整数（月）", RepairTerm.MaxWarrantyMonths);
        var term = await db.Terms.FirstOrDefaultAsync(t => t.ShopId == shop.ShopId && t.ProductId == c.ProductId, ct);
        if (term is null) db.Terms.Add(term = new RepairTerm(shop.ShopId, c.ProductId));
        term.Set(months, c.AcceptsRepairs, time.GetUtcNow().UtcDateTime);
        return Result.Success();
    }
}
