using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Domain;

namespace SharedWarehouse.Modules.Repair.Features.Queries;

/// One repair with its timeline, parts and photos, read-only; null when it is not the viewer's (buyer or merchant).
public sealed record GetRepair(bool AsMerchant, Guid UserId, Guid RepairId) : IQuery<RepairRequest?>;

internal sealed class GetRepairHandler(RepairDbContext db, IShopAccess shops) : IRequestHandler<GetRepair, RepairRequest?>
{
    public async Task<RepairRequest?> Handle(GetRepair q, CancellationToken ct)
    {
        var repairs = db.Repairs.AsNoTracking().Include(r => r.Steps.OrderBy(s => s.Sequence)).Include(r => r.Parts).Include(r => r.Photos).AsSplitQuery();
        if (!q.AsMerchant) return await repairs.FirstOrDefaultAsync(r => r.Id == q.RepairId && r.BuyerId == q.UserId, ct);
        var shop = await shops.ActingAsync(q.UserId, ct);
        return shop is null ? null : await repairs.FirstOrDefaultAsync(r => r.Id == q.RepairId && r.ShopId == shop.ShopId, ct);
    }
}
