using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Merchant;

/// The merchant does not take the repair on (e.g. damage the warranty does not cover), with the reason.
public sealed record RefuseRepair(Guid UserId, Guid RepairId, string? Note) : ICommand;

internal sealed class RefuseRepairHandler(RepairDbContext db, IMerchantDirectory merchants, IShopAccess shops, TimeProvider time) : IRequestHandler<RefuseRepair, Result>
{
    public async Task<Result> Handle(RefuseRepair c, CancellationToken ct) =>
        await db.ChangeAsync(merchants, await db.OfMerchantAsync(shops, c.UserId, c.RepairId, ct), r => r.Refuse(c.UserId, c.Note, time.GetUtcNow().UtcDateTime), ct);
}
